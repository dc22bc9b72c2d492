import type {
  DocumentType,
  FieldDef,
  FieldDefs,
  ListFieldDefItem,
  NestedType,
  NestedTypeDef,
} from 'contentlayer2/source-files';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldDeriver } from './contentlayerFields';
import { articleFrontmatter, exerciseFrontmatter, referenceSchema, reviewerSchema } from './frontmatter';

// What Contentlayer's defineNestedType does; kept here so the test does not load Contentlayer's runtime.
const defineNestedType = (def: () => NestedTypeDef): NestedType => ({ type: 'nested', def });

const nestedNames = new Map<z.core.$ZodType, string>([
  [reviewerSchema, 'Reviewer'],
  [referenceSchema, 'Reference'],
  [exerciseFrontmatter.shape.dose, 'Dose'],
]);

/** Field definitions as plain data, nested types replaced by their name and fields, to compare with toEqual. */
function plain(fields: FieldDefs): unknown {
  const entries = Array.isArray(fields) ? fields.map((f) => [f.name, f] as const) : Object.entries(fields);
  return Object.fromEntries(entries.map(([name, def]) => [name, plainField(def)]));
}
const isList = (x: unknown): x is readonly unknown[] => Array.isArray(x);
function plainField(def: FieldDef | ListFieldDefItem.Item | DocumentType): unknown {
  if (def.type === 'nested' && 'def' in def) {
    const resolved = def.def();
    return { nested: 'name' in resolved ? resolved.name : '(unnamed)', fields: plain(resolved.fields ?? {}) };
  }
  if ('of' in def && !isList(def.of)) return { ...def, of: plainField(def.of) };
  return def;
}

// The field definitions contentlayer.config.ts held by hand before they were derived (same generated types).
const reviewer = {
  nested: 'Reviewer',
  fields: {
    name: { type: 'string', required: true },
    credentials: { type: 'string', required: true },
    role: { type: 'string', required: true },
  },
};
const reference = {
  nested: 'Reference',
  fields: {
    authors: { type: 'string', required: true },
    year: { type: 'number', required: true },
    title: { type: 'string', required: true },
    source: { type: 'string', required: true },
    doi: { type: 'string' },
    url: { type: 'string' },
  },
};
const dose = {
  nested: 'Dose',
  fields: {
    sets: { type: 'number', required: true },
    reps: { type: 'string' },
    hold: { type: 'string' },
    rest: { type: 'string' },
    frequency: { type: 'string', required: true },
  },
};

describe('fieldDeriver', () => {
  it('derives the Article fields Contentlayer had by hand', () => {
    expect(plain(fieldDeriver({ nestedNames, defineNestedType })(articleFrontmatter))).toEqual({
      title: { type: 'string', required: true },
      description: { type: 'string', required: true },
      topic: { type: 'enum', options: ['causes', 'prevention', 'recovery'], required: true },
      summary: { type: 'list', of: { type: 'string' }, required: true },
      published: { type: 'date', required: true },
      lastReviewed: { type: 'date', required: true },
      nextReview: { type: 'date' },
      author: { type: 'string', required: true },
      reviewer: { type: 'nested', of: reviewer, required: true },
      references: { type: 'list', of: reference, required: true },
      related: { type: 'list', of: { type: 'string' }, required: true },
      draft: { type: 'boolean', default: false },
    });
  });

  it('derives the Exercise fields Contentlayer had by hand', () => {
    expect(plain(fieldDeriver({ nestedNames, defineNestedType })(exerciseFrontmatter))).toEqual({
      title: { type: 'string', required: true },
      description: { type: 'string', required: true },
      illustration: { type: 'string', required: true },
      alt: { type: 'string', required: true },
      level: { type: 'enum', options: ['beginner', 'intermediate', 'advanced'], required: true },
      targets: { type: 'list', of: { type: 'string' }, required: true },
      dose: { type: 'nested', of: dose, required: true },
      steps: { type: 'list', of: { type: 'string' }, required: true },
      easier: { type: 'string', required: true },
      harder: { type: 'string', required: true },
      mistakes: { type: 'list', of: { type: 'string' }, required: true },
      stopIf: { type: 'list', of: { type: 'string' }, required: true },
      lastReviewed: { type: 'date', required: true },
      reviewer: { type: 'nested', of: reviewer, required: true },
    });
  });

  it('defines a nested type shared by two document types once', () => {
    const fieldsOf = fieldDeriver({ nestedNames, defineNestedType });
    const a = fieldsOf(articleFrontmatter);
    const e = fieldsOf(exerciseFrontmatter);
    if (Array.isArray(a) || Array.isArray(e)) throw new Error('expected a record of fields');
    expect(a.reviewer).toEqual(e.reviewer);
    const [ar, er] = [a.reviewer, e.reviewer];
    expect(ar?.type === 'nested' && er?.type === 'nested' && ar.of === er.of).toBe(true);
  });

  it('refuses a nested object without a name, and types Contentlayer cannot hold', () => {
    const fieldsOf = fieldDeriver({ nestedNames: new Map(), defineNestedType });
    expect(() => fieldsOf(z.object({ who: reviewerSchema }))).toThrow('who: name this nested object');
    expect(() => fieldsOf(z.object({ n: z.bigint() }))).toThrow(
      'n: no Contentlayer field type for a zod bigint',
    );
    expect(() => fieldsOf(z.object({ s: z.string().default('x') }))).toThrow(
      's: only boolean fields may have a default',
    );
  });
});
