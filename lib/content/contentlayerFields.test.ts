import type { DocumentType, FieldDef, FieldDefs, ListFieldDefItem } from 'contentlayer2/source-files';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldDeriver, type DeriveOptions } from './contentlayerFields';
import { articleFrontmatter, exerciseFrontmatter, referenceSchema, reviewerSchema } from './frontmatter';

// What Contentlayer's defineNestedType does; kept here so the test does not load Contentlayer's runtime.
const defineNestedType: DeriveOptions['defineNestedType'] = (def) => ({ type: 'nested', def });

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
const text = { type: 'string', required: true };
const optionalText = { type: 'string' };
const texts = { type: 'list', of: { type: 'string' }, required: true };
const date = { type: 'date', required: true };
const number = { type: 'number', required: true };
const reviewer = { nested: 'Reviewer', fields: { name: text, credentials: text, role: text } };
const reference = {
  nested: 'Reference',
  fields: { authors: text, year: number, title: text, source: text, doi: optionalText, url: optionalText },
};
const dose = {
  nested: 'Dose',
  fields: { sets: number, reps: optionalText, hold: optionalText, rest: optionalText, frequency: text },
};

describe('fieldDeriver', () => {
  it('derives the Article fields Contentlayer had by hand', () => {
    expect(plain(fieldDeriver({ nestedNames, defineNestedType })(articleFrontmatter))).toEqual({
      title: text,
      description: text,
      topic: { type: 'enum', options: ['causes', 'prevention', 'recovery'], required: true },
      summary: texts,
      published: date,
      lastReviewed: date,
      nextReview: { type: 'date' },
      author: text,
      reviewer: { type: 'nested', of: reviewer, required: true },
      references: { type: 'list', of: reference, required: true },
      related: texts,
      draft: { type: 'boolean', default: false },
    });
  });

  it('derives the Exercise fields Contentlayer had by hand', () => {
    expect(plain(fieldDeriver({ nestedNames, defineNestedType })(exerciseFrontmatter))).toEqual({
      title: text,
      description: text,
      illustration: text,
      alt: text,
      level: { type: 'enum', options: ['beginner', 'intermediate', 'advanced'], required: true },
      targets: texts,
      loads: {
        type: 'list',
        of: {
          type: 'enum',
          options: [
            'bending-forward',
            'bending-backward',
            'sitting',
            'standing-walking',
            'lifting',
            'running',
            'twisting',
            'coughing-sneezing',
            'getting-up',
            'hopping',
          ],
        },
        required: true,
      },
      dose: { type: 'nested', of: dose, required: true },
      steps: texts,
      easier: text,
      harder: text,
      mistakes: texts,
      stopIf: texts,
      lastReviewed: date,
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
