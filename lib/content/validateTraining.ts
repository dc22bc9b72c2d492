// Checks the Training documents (content/training/*.mdx, the self-check's keep/swap/pause blocks) before every
// build, the way validate.ts checks articles: "file: field: message" lines naming exactly what to fix.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { movements } from '../triage/movementLoads';
import { activityItems } from '../triage/questions';
import { BUILDING_BACK } from '../triage/training';
import { date, referenceSchema, reviewerSchema } from './frontmatter';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use an exercise slug: lower-case words joined by hyphens');
// The movements each item loads (spec v3): a reader whose pain they make worse is not given the item.
const loads = z.array(z.enum(movements)).optional();
const sentence = z.string().min(10);
const step = z
  .object({ title: z.string().min(3), do: sentence, exercises: z.array(slug).optional(), loads })
  .strict();

export const trainingFrontmatter = z
  .object({
    activity: z.enum([...activityItems, BUILDING_BACK]),
    title: z.string().min(3).max(60),
    keep: z.array(z.object({ do: sentence, loads }).strict()).max(4),
    swap: z
      .array(
        z.object({ instead: z.string().min(3), try: sentence, exercise: slug.optional(), loads }).strict(),
      )
      .max(4),
    pause: z.array(sentence).max(3),
    steps: z.array(step).min(3, 'needs 3-5 return steps').max(5, 'needs 3-5 return steps'),
    /** Done instead of step 1 while step 1 loads a movement that hurts: so it must load none. */
    gentler: step.optional(),
    moveOn: sentence,
    references: z.array(referenceSchema).min(1, 'cite at least one source'),
    evidence: sentence,
    lastReviewed: date,
    reviewer: reviewerSchema,
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.gentler?.loads?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['gentler', 'loads'],
        message: 'the gentler step must load nothing',
      });
    if (t.steps[0]?.loads?.length && !t.gentler)
      ctx.addIssue({
        code: 'custom',
        path: ['gentler'],
        message: 'step 1 loads a movement: give a gentler step that loads none, to do while it hurts',
      });
    // An activity block needs something in each list; building-back may leave keep/swap/pause empty.
    if (t.activity === BUILDING_BACK) return;
    if (t.keep.length < 2)
      ctx.addIssue({ code: 'custom', path: ['keep'], message: 'needs 2-4 things to keep' });
    if (t.swap.length < 2) ctx.addIssue({ code: 'custom', path: ['swap'], message: 'needs 2-4 swaps' });
    if (t.pause.length < 1)
      ctx.addIssue({ code: 'custom', path: ['pause'], message: 'needs 1-3 things to pause' });
  });

export type TrainingFrontmatter = z.infer<typeof trainingFrontmatter>;

function frontmatterOf(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  return match?.[1] === undefined ? undefined : parseYaml(match[1]);
}

/** Every problem in content/training, or [] when the folder is absent (it arrives with the documents). */
export function validateTraining(contentDir: string): string[] {
  const dir = path.join(contentDir, 'training');
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const file = path.join(dir, name);
    const text = readFileSync(file, 'utf8');
    if (text.includes('\r')) {
      problems.push(`${file}: uses CRLF line endings; save it with LF`);
      continue;
    }
    let data: unknown;
    try {
      data = frontmatterOf(text);
    } catch (e) {
      problems.push(
        `${file}: front matter is not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      );
      continue;
    }
    const result = trainingFrontmatter.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${file}: ${issue.path.join('.') || '(front matter)'}: ${issue.message}`);
      continue;
    }
    if (result.data.activity !== path.basename(name, '.mdx'))
      problems.push(`${file}: activity: must equal the file name ("${path.basename(name, '.mdx')}")`);
  }
  return problems;
}

/** The exercise slugs a Training document names, in its swaps and steps. */
export function trainingSlugs(t: TrainingFrontmatter): string[] {
  return [
    ...t.swap.flatMap((s) => (s.exercise ? [s.exercise] : [])),
    ...[...t.steps, ...(t.gentler ? [t.gentler] : [])].flatMap((s) => s.exercises ?? []),
  ];
}

export function readTraining(file: string): TrainingFrontmatter {
  return trainingFrontmatter.parse(frontmatterOf(readFileSync(file, 'utf8')));
}
