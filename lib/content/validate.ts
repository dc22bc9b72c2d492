// Checks every MDX file of a content folder against the front-matter rules and the links between files.
// Returns problems as "file: field: message" lines so an author sees exactly what to fix.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { doseProblems } from './dose';
import { articleFrontmatter, exerciseFrontmatter } from './frontmatter';

export interface ContentFolders {
  contentDir: string;
  illustrationsDir: string;
}

function readFrontmatter(file: string): { data?: unknown; error?: string } {
  const text = readFileSync(file, 'utf8');
  if (text.includes('\r')) return { error: 'uses CRLF line endings; save it with LF' };
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match?.[1]) return { error: 'has no front matter between --- lines at the top' };
  try {
    return { data: parseYaml(match[1]) as unknown };
  } catch (e) {
    return {
      error: `front matter is not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    };
  }
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => path.join(dir, f));
}

function check<S extends z.ZodType>(schema: S, file: string, problems: string[]): z.infer<S> | undefined {
  const fm = readFrontmatter(file);
  if (fm.error) {
    problems.push(`${file}: ${fm.error}`);
    return undefined;
  }
  const result = schema.safeParse(fm.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field =
        issue.path.join('.') ||
        (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(front matter)');
      problems.push(`${file}: ${field}: ${issue.message}`);
    }
    return undefined;
  }
  return result.data;
}

/** The MDX body: everything after the front matter. */
function bodyOf(file: string): string {
  return readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

/**
 * The safety rules of an article body (CONTRACTS.md): <GetHelpNow /> once, before the first "##" section,
 * and no emergency or urgent care card of its own, so no article spells out a red-flag list by hand.
 */
export function safetyProblems(body: string): string[] {
  const problems: string[] = [];
  const helpAt = [...body.matchAll(/<GetHelpNow\b[^>]*\/>/g)].map((m) => m.index);
  const firstSection = /^##\s/m.exec(body)?.index ?? body.length;
  if (helpAt.length === 0) problems.push('body: has no <GetHelpNow /> before its first ## section');
  else if (helpAt.length > 1) problems.push('body: has <GetHelpNow /> more than once');
  else if ((helpAt[0] ?? 0) > firstSection)
    problems.push('body: <GetHelpNow /> must come before the first ## section');
  for (const [card] of body.matchAll(/<CareCard\b[^>]*>/g)) {
    const level = /level\s*=\s*["'{]+\s*["']?([a-z-]+)/.exec(card)?.[1];
    if (level !== 'non-urgent') {
      problems.push(
        `body: ${card} spells out its own ${level ?? 'unlabelled'} care card; use <GetHelpNow /> for emergency and urgent signs`,
      );
    }
  }
  return problems;
}

export function validateContent({ contentDir, illustrationsDir }: ContentFolders): string[] {
  const problems: string[] = [];
  const articleFiles = mdxFiles(path.join(contentDir, 'articles'));
  const slugs = new Set(articleFiles.map((f) => path.basename(f, '.mdx')));
  const exerciseFiles = mdxFiles(path.join(contentDir, 'exercises'));
  const exerciseSlugs = new Set(exerciseFiles.map((f) => path.basename(f, '.mdx')));
  for (const file of articleFiles) {
    const article = check(articleFrontmatter, file, problems);
    if (!article) continue;
    const self = path.basename(file, '.mdx');
    for (const p of safetyProblems(bodyOf(file))) {
      problems.push(`${file}: ${p}`);
    }
    article.related.forEach((slug, i) => {
      if (slug === self) problems.push(`${file}: related.${i}: an article cannot be related to itself`);
      else if (!slugs.has(slug)) problems.push(`${file}: related.${i}: no article with slug "${slug}"`);
    });
    for (const [, slug] of readFileSync(file, 'utf8').matchAll(/<ExerciseLink\s+slug="([^"]*)"/g)) {
      if (slug !== undefined && !exerciseSlugs.has(slug))
        problems.push(`${file}: body: ExerciseLink names no exercise "${slug}"`);
    }
  }
  for (const file of exerciseFiles) {
    const exercise = check(exerciseFrontmatter, file, problems);
    for (const p of exercise ? doseProblems(exercise.dose) : []) problems.push(`${file}: dose.${p}`);
    if (exercise && !existsSync(path.join(illustrationsDir, exercise.illustration))) {
      problems.push(`${file}: illustration: ${exercise.illustration} is not in ${illustrationsDir}`);
    }
  }
  return problems;
}
