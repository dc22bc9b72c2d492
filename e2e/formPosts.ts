// The site's forms as a browser without JavaScript posts them: read from the rendered page (hidden action ids,
// form stamps and all), filled with valid values, then sent again with one field changed. Used by the fuzzer
// and by the test that posts every staff action without a session.
import fc from 'fast-check';
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';

export type Fields = [string, string][];

export interface PagePost {
  /** Where the page was read, and so where its form posts to. */
  path: string;
  /** Which form of the page (by the label of its first submit button). */
  label: string;
  fields: Fields;
}

/** Valid values for the fields people type, so a post reaches the code behind validation. */
const fill: Record<string, string> = {
  name: 'Fuzz Reader',
  email: 'fuzz@example.com',
  phone: '312 555 0103',
  note: 'Cycling',
  consent: 'yes',
  reason: 'Staff training',
  role: 'Physical therapist',
  credentials: 'PT',
  password: 'not-the-password-1',
};

/** Every form on the page that posts (server actions), with its fields as the browser would send them. */
export async function postForms(page: Page, path: string): Promise<PagePost[]> {
  await page.goto(path);
  const forms = await page.evaluate(() =>
    [...document.querySelectorAll('form')]
      .filter((form) => form.method === 'post')
      .map((form) => ({
        label: form.querySelector('button')?.textContent?.trim() ?? '',
        fields: [...new FormData(form)].flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
      })),
  );
  return forms.map(({ label, fields }) => {
    const filled = (fields as Fields).map(([k, v]): [string, string] => [
      k,
      v === '' && fill[k] ? fill[k] : v,
    ]);
    // An unticked box is not sent: a form with a name field also needs its consent to be valid.
    const consent: Fields =
      filled.some(([k]) => k === 'name') && !filled.some(([k]) => k === 'consent')
        ? [['consent', 'yes']]
        : [];
    return { path, label, fields: [...filled, ...consent] };
  });
}

/** Posts the fields as a multipart form, as a browser does, from the site's own origin. */
export function sendForm(
  request: APIRequestContext,
  baseURL: string,
  post: PagePost,
  fields: Fields,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  return request.post(post.path, {
    multipart: form,
    headers: { origin: baseURL, 'sec-fetch-site': 'same-origin', ...headers },
    maxRedirects: 0,
  });
}

/** The odd values people and attackers send: controls, line breaks, bidi, huge, unicode, blank. */
export const evilText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'Rae\u0000Reader',
    'Rae\r\nEmail: forged@evil.example',
    'Rae\rReader',
    '\u202eredaeR',
    '\u2066x\u2069',
    '\u0085',
    '\u007f',
    'x'.repeat(100_000),
    '日本語 👋 Zoë',
    '\ud800',
    '-'.repeat(36),
    '00000000-0000-0000-0000-000000000000',
    '%00',
    '../../etc/passwd',
    'A?status=cancelled&x=',
    '<script>alert(1)</script>',
    '9999-12-31',
    '-1',
  ),
  fc.string({ maxLength: 60, unit: 'binary' }),
);

export type FieldChange =
  | { op: 'set'; field: string; value: string }
  | { op: 'drop'; field: string }
  | { op: 'duplicate'; field: string; value: string };

/** One change to a valid form: a field set to an odd value, dropped, or sent twice. */
export function fieldChange(fields: Fields): fc.Arbitrary<FieldChange> {
  // Next's own $ACTION_ fields are the framework's, not the app's input: the fields people fill are fuzzed.
  const names = [...new Set(fields.map(([k]) => k).filter((k) => !k.startsWith('$'))), 'surprise'];
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('set' as const),
        field: fc.constantFrom(...names),
        value: evilText,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('drop' as const), field: fc.constantFrom(...names) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('duplicate' as const),
        field: fc.constantFrom(...names),
        value: evilText,
      }),
    },
  );
}

export function applyChange(fields: Fields, change: FieldChange): Fields {
  if (change.op === 'drop') return fields.filter(([k]) => k !== change.field);
  if (change.op === 'duplicate') return [...fields, [change.field, change.value]];
  const kept = fields.filter(([k]) => k !== change.field);
  return [...kept, [change.field, change.value]];
}

/** A short text of a change for a failure message (a huge value shown by its length). */
export function describeChange(change: FieldChange): string {
  const value = 'value' in change ? change.value : '';
  return JSON.stringify({ ...change, value: value.length > 80 ? `${value.length} chars` : value });
}
