// The front-matter rules of content.md as zod schemas. Contentlayer checks types; these add what it cannot
// (lengths, counts, dates in order, related slugs and illustrations that exist) before every build.
// They are the one definition of the fields: contentlayer.config.ts derives its fields from them (./contentlayerFields).
import { z } from 'zod';
import { movements } from '../triage/movementLoads';

export const topics = ['causes', 'prevention', 'recovery'] as const;
export type Topic = (typeof topics)[number];

/** A YYYY-MM-DD date (or the Date YAML makes of one) that is a real calendar date, normalised to YYYY-MM-DD. */
export const date = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')])
  .transform((d, ctx) => {
    const value = d instanceof Date ? d : new Date(`${d}T00:00:00Z`);
    // Date rolls 2026-02-30 over to March 2 instead of refusing it: a real date reads back as itself.
    if (Number.isNaN(value.getTime()) || (typeof d === 'string' && value.toISOString().slice(0, 10) !== d)) {
      ctx.addIssue({ code: 'custom', message: 'not a real date' });
      return z.NEVER;
    }
    return value.toISOString().slice(0, 10);
  });

export const reviewerSchema = z
  .object({ name: z.string().min(3), credentials: z.string().min(2), role: z.string().min(3) })
  .strict();

export const referenceSchema = z
  .object({
    authors: z.string().min(2),
    year: z.number().int().min(1900).max(2100),
    title: z.string().min(5),
    source: z.string().min(2),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.1234/abc')
      .optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
  })
  .strict()
  // content.md: every source can be looked up; articles and training plans alike.
  .refine((r) => Boolean(r.doi || r.url), 'needs a DOI or a URL');

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

export const articleFrontmatter = z
  .object({
    title: z.string().min(10).max(90),
    description: z.string().min(50, 'must be 50-160 characters').max(160, 'must be 50-160 characters'),
    topic: z.enum(topics),
    summary: z.array(z.string().min(10)).min(3, 'needs 3-5 key points').max(5, 'needs 3-5 key points'),
    published: date,
    lastReviewed: date,
    nextReview: date.optional(),
    author: z.string().min(3),
    reviewer: reviewerSchema,
    references: z.array(referenceSchema).min(1, 'cite at least one source'),
    related: z.array(slug).max(6),
    draft: z.boolean().default(false),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.lastReviewed < a.published) {
      ctx.addIssue({ code: 'custom', path: ['lastReviewed'], message: 'must not be before published' });
    }
    if (a.nextReview && a.nextReview <= a.lastReviewed) {
      ctx.addIssue({ code: 'custom', path: ['nextReview'], message: 'must be after lastReviewed' });
    }
  });

export const exerciseFrontmatter = z
  .object({
    title: z.string().min(3).max(60),
    description: z.string().min(50, 'must be 50-160 characters').max(160, 'must be 50-160 characters'),
    illustration: z.string().regex(/^[a-z0-9-]+\.svg$/, 'name an SVG file in public/exercises/'),
    alt: z.string().min(20, 'describe the position in words'),
    level: z.enum(['beginner', 'intermediate', 'advanced']),
    targets: z.array(z.string().min(2)).min(1),
    /** The movements the exercise loads (spec v3), read against lib/triage/movementLoads.ts by a test. */
    loads: z.array(z.enum(movements)),
    dose: z
      .object({
        sets: z.number().int().min(1).max(10),
        reps: z.string().min(1).optional(),
        hold: z.string().min(1).optional(),
        rest: z.string().min(1).optional(),
        frequency: z.string().min(1),
      })
      .strict()
      .refine((d) => d.reps ?? d.hold, { message: 'give reps or hold', path: ['reps'] }),
    steps: z.array(z.string().min(5)).min(3).max(10),
    easier: z.string().min(10),
    harder: z.string().min(10),
    mistakes: z.array(z.string().min(5)).min(2),
    stopIf: z.array(z.string().min(5)).min(2),
    lastReviewed: date,
    reviewer: reviewerSchema,
  })
  .strict();

export type ArticleFrontmatter = z.infer<typeof articleFrontmatter>;
export type ExerciseFrontmatter = z.infer<typeof exerciseFrontmatter>;

/** One year after the last review, as content.md sets by default. */
export function defaultNextReview(lastReviewed: string): string {
  const d = new Date(`${lastReviewed}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}
