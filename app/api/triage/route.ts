// POST /api/triage: the self-check as JSON. Answers are health data: this handler keeps nothing and logs
// nothing about them (not even on failure). A body that is not JSON gets 400, one over 64 kB 413, and every
// JSON body that is not a valid set of answers 422 naming the field; never a 500 for bad input.
import { planLibrary } from '@/lib/content/planLibrary';
import { route } from '@/lib/server/route';
import { parseAnswers } from '@/lib/triage/parse';
import { buildPlan } from '@/lib/triage/plan';
import { triage } from '@/lib/triage/rules';

export const dynamic = 'force-dynamic';

const MAX_BODY = 64 * 1024;
const headers = { 'Cache-Control': 'no-store' };

function refuse(status: number, error: string, field: string, message: string): Response {
  return Response.json({ error, field, message }, { status, headers });
}

type Read = { ok: true; body: unknown } | { ok: false; response: Response };

async function readJson(request: Request): Promise<Read> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    const message = 'Send the answers as JSON, with the header Content-Type: application/json.';
    return { ok: false, response: refuse(400, 'unsupported_content_type', '(content-type)', message) };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  const tooLarge = () => refuse(413, 'body_too_large', '(body)', 'The request body is over 64 kB.');
  if (declared > MAX_BODY) return { ok: false, response: tooLarge() };
  let text: string;
  try {
    text = await request.text();
  } catch {
    return {
      ok: false,
      response: refuse(400, 'malformed_json', '(body)', 'The request body could not be read.'),
    };
  }
  if (new TextEncoder().encode(text).length > MAX_BODY) return { ok: false, response: tooLarge() };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      response: refuse(400, 'malformed_json', '(body)', 'The request body is not valid JSON.'),
    };
  }
}

/**
 * Bad input of any shape is refused here with its 4xx; anything else is a bug, and goes through the shared
 * route wrapper as a logged 500 (name and stack only: never the body), so the "never 5xx" test can catch it.
 */
export const POST = route('POST /api/triage', async (request: Request): Promise<Response> => {
  const read = await readJson(request);
  if (!read.ok) return read.response;
  const parsed = parseAnswers(read.body);
  if (!parsed.ok) {
    const first = parsed.errors[0] ?? { field: '(body)', message: 'Send the answers as a JSON object.' };
    return refuse(422, 'invalid_answers', first.field, first.message);
  }
  const result = triage(parsed.answers);
  const plan = result.outcome === 'self-care' ? buildPlan(parsed.answers, planLibrary()) : undefined;
  return Response.json({ ...result, ...(plan ? { plan } : {}) }, { headers });
});
