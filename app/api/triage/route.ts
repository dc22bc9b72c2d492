// POST /api/triage: the self-check as JSON. Answers are health data: this handler keeps nothing and logs
// nothing about them (not even on failure), and every bad body gets a 422 that names the field.
import { planLibrary } from '@/lib/content/planLibrary';
import { logger } from '@/lib/server/logger';
import { buildPlan } from '@/lib/triage/plan';
import { triage } from '@/lib/triage/rules';
import { parseAnswers } from '@/lib/triage/schema';

export const dynamic = 'force-dynamic';

const MAX_BODY = 64 * 1024;
const headers = { 'Cache-Control': 'no-store' };

function unprocessable(field: string, message: string, error = 'invalid_answers'): Response {
  return Response.json({ error, field, message }, { status: 422, headers });
}

async function readJson(
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      response: unprocessable(
        '(content-type)',
        'Send the answers as JSON, with the header Content-Type: application/json.',
        'unsupported_content_type',
      ),
    };
  }
  let text: string;
  try {
    text = await request.text();
  } catch {
    return {
      ok: false,
      response: unprocessable('(body)', 'The request body could not be read.', 'malformed_json'),
    };
  }
  if (text.length > MAX_BODY)
    return {
      ok: false,
      response: unprocessable('(body)', 'The request body is too large.', 'body_too_large'),
    };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      response: unprocessable('(body)', 'The request body is not valid JSON.', 'malformed_json'),
    };
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const read = await readJson(request);
    if (!read.ok) return read.response;
    const parsed = parseAnswers(read.body);
    if (!parsed.ok) {
      const first = parsed.errors[0] ?? { field: '(body)', message: 'Send the answers as a JSON object.' };
      return unprocessable(first.field, first.message);
    }
    const result = triage(parsed.answers);
    const plan = result.outcome === 'self-care' ? buildPlan(parsed.answers, planLibrary()) : undefined;
    return Response.json({ ...result, ...(plan ? { plan } : {}) }, { headers });
  } catch {
    // A fixed message and nothing else: the error object could carry the answers into the logs.
    logger.error({ route: '/api/triage' }, 'triage handler failed');
    return unprocessable(
      '(body)',
      'The answers could not be checked. Check the body and try again.',
      'unprocessable',
    );
  }
}
