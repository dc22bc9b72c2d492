// Contentlayer's field definitions, derived from the zod front-matter schemas in ./frontmatter, so each field
// is written once. zod keeps the rules Contentlayer cannot state (lengths, counts, dates in order, DOI and
// URL shapes, unknown keys); Contentlayer gets each field's type, whether it is required, and its default.
import type {
  FieldDef,
  FieldDefs,
  ListFieldDefItem,
  NestedType,
  NestedTypeDef,
} from 'contentlayer2/source-files';
import { z } from 'zod';

type Schema = z.core.$ZodType;

export interface DeriveOptions {
  /** Contentlayer needs a name for each nested object type ("Reviewer"); an unnamed object is an error. */
  nestedNames: ReadonlyMap<Schema, string>;
  /** Contentlayer's own `defineNestedType`, passed in so this module stays free of Contentlayer's runtime. */
  defineNestedType: (def: () => NestedTypeDef) => NestedType;
}

/** A field's type without `required`/`default`: what both a field and a list item can be. */
type Kind =
  | ListFieldDefItem.ItemString
  | ListFieldDefItem.ItemNumber
  | ListFieldDefItem.ItemBoolean
  | ListFieldDefItem.ItemDate
  | ListFieldDefItem.ItemEnum
  | NestedType;

/** Derives the fields of one or more document types; a nested type shared between them is defined once. */
export function fieldDeriver(options: DeriveOptions): (schema: z.ZodObject) => FieldDefs {
  const defined = new Map<string, NestedType>();

  function nested(schema: z.ZodObject, at: string): NestedType {
    const name = options.nestedNames.get(schema);
    if (name === undefined) throw new Error(`${at}: name this nested object in nestedNames`);
    const known = defined.get(name);
    if (known) return known;
    const fields = fieldsOf(schema, `${at}.`);
    const type = options.defineNestedType(() => ({ name, fields }));
    defined.set(name, type);
    return type;
  }

  function kind(schema: Schema, at: string): Kind {
    if (schema._zod.def.type === 'string') return { type: 'string' };
    if (schema instanceof z.ZodNumber) return { type: 'number' };
    if (schema instanceof z.ZodBoolean) return { type: 'boolean' };
    if (schema instanceof z.ZodEnum) return { type: 'enum', options: schema.options.map(String) };
    // A schema that accepts a Date (YAML turns 2026-11-20 into one) is a Contentlayer date, whatever it
    // does after: ours also accepts the string form and normalises both to YYYY-MM-DD.
    if (schema instanceof z.ZodDate) return { type: 'date' };
    if (schema instanceof z.ZodPipe) return kind(schema.in, at);
    if (schema instanceof z.ZodUnion && schema.options.some((o) => o instanceof z.ZodDate))
      return { type: 'date' };
    if (schema instanceof z.ZodObject) return nested(schema, at);
    throw new Error(`${at}: no Contentlayer field type for a zod ${schema._zod.def.type}`);
  }

  function field(schema: Schema, at: string): FieldDef {
    if (schema instanceof z.ZodOptional) return fieldOf(schema.unwrap(), at, false);
    if (schema instanceof z.ZodDefault) {
      const value: unknown = schema._zod.def.defaultValue;
      if (schema.unwrap() instanceof z.ZodBoolean && typeof value === 'boolean')
        return { type: 'boolean', default: value };
      throw new Error(`${at}: only boolean fields may have a default`);
    }
    return fieldOf(schema, at, true);
  }

  function fieldOf(schema: Schema, at: string, required: boolean): FieldDef {
    const flag = required ? { required: true } : {};
    if (schema instanceof z.ZodArray) return { type: 'list', of: kind(schema.element, `${at}[]`), ...flag };
    const k = kind(schema, at);
    return k.type === 'nested' ? { type: 'nested', of: k, ...flag } : { ...k, ...flag };
  }

  function fieldsOf(schema: z.ZodObject, prefix = ''): Record<string, FieldDef> {
    return Object.fromEntries(
      Object.entries(schema.shape).map(([key, value]) => [key, field(value, `${prefix}${key}`)]),
    );
  }

  return (schema) => fieldsOf(schema);
}
