import GithubSlugger from 'github-slugger';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import {
  defineDocumentType,
  defineNestedType,
  makeSource,
  type ComputedFields,
} from 'contentlayer2/source-files';
import type { z } from 'zod';
import { fieldDeriver } from './lib/content/contentlayerFields';
import {
  articleFrontmatter,
  exerciseFrontmatter,
  referenceSchema,
  reviewerSchema,
} from './lib/content/frontmatter';
import { trainingFrontmatter } from './lib/content/validateTraining';

// The fields are derived from the zod front-matter schemas (lib/content/frontmatter.ts): one definition.
const fieldsOf = fieldDeriver({
  nestedNames: new Map<z.core.$ZodType, string>([
    [reviewerSchema, 'Reviewer'],
    [referenceSchema, 'Reference'],
    [exerciseFrontmatter.shape.dose, 'Dose'],
    [trainingFrontmatter.shape.swap.element, 'TrainingSwap'],
    [trainingFrontmatter.shape.steps.element, 'TrainingStep'],
    [trainingFrontmatter.shape.keep.element, 'TrainingKeep'],
  ]),
  defineNestedType,
});

function headings(raw: string): { depth: number; text: string; id: string }[] {
  const slugger = new GithubSlugger();
  const out: { depth: number; text: string; id: string }[] = [];
  let fenced = false;
  for (const line of raw.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const match = fenced ? null : /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match?.[1] && match[2]) {
      const text = match[2].replace(/[*_`]/g, '').replace(/\[(.+?)\]\(.+?\)/g, '$1');
      out.push({ depth: match[1].length, text, id: slugger.slug(text) });
    }
  }
  return out;
}

function readingMinutes(raw: string): number {
  const words = raw
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}

function slugOf(flattenedPath: string): string {
  return flattenedPath.split('/').pop() ?? flattenedPath;
}

// Shared by both document types, as in the model starter blog.
const computedFields = (base: string): ComputedFields => ({
  slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
  url: { type: 'string', resolve: (doc) => `/${base}/${slugOf(doc._raw.flattenedPath)}` },
  readingMinutes: { type: 'number', resolve: (doc) => readingMinutes(doc.body.raw) },
  headings: { type: 'json', resolve: (doc) => headings(doc.body.raw) },
  wordCount: {
    type: 'number',
    resolve: (doc) =>
      doc.body.raw
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter(Boolean).length,
  },
});

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(articleFrontmatter),
  computedFields: {
    ...computedFields('articles'),
    nextReviewDue: {
      type: 'date',
      resolve: (doc) => {
        if (doc.nextReview) return doc.nextReview;
        const d = new Date(doc.lastReviewed);
        d.setUTCFullYear(d.getUTCFullYear() + 1);
        return d.toISOString();
      },
    },
  },
}));

export const Exercise = defineDocumentType(() => ({
  name: 'Exercise',
  filePathPattern: 'exercises/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(exerciseFrontmatter),
  computedFields: computedFields('exercises'),
}));

// Self-check v2: one keep/swap/pause block per activity, and building-back. Written by clinicians, loaded by
// lib/content/training.ts; its fields, like the others, come from the zod schema that checks them.
export const Training = defineDocumentType(() => ({
  name: 'Training',
  filePathPattern: 'training/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(trainingFrontmatter),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    intro: { type: 'string', resolve: (doc) => doc.body.raw.trim() },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Article, Exercise, Training],
  disableImportAliasWarning: true,
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  mdx: {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [
      rehypeSlug,
      [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['anchor'] } }],
    ],
  },
});
