import { logger, safeError } from './logger';
import { refusalPage, wantsPage } from './refusalPage';

/** Body of every refusal from a JSON endpoint: a code, the field at fault and a plain message. */
export interface ErrorBody {
  error: string;
  field?: string;
  message: string;
  [extra: string]: unknown;
}

/** An expected refusal that a route handler throws or returns; the wrapper turns it into its 4xx answer. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'HttpError';
  }
}

export const invalid = (field: string, message: string, status = 422) =>
  new HttpError(status, { error: 'invalid_request', field, message });

/** A domain error that knows its own answer (such as BookingError): mapped without lib/server knowing it. */
export interface KnownError {
  toHttp(): HttpError;
}

function isKnown(error: unknown): error is KnownError {
  return (
    typeof error === 'object' && error !== null && 'toHttp' in error && typeof error.toHttp === 'function'
  );
}

/** A refusal as JSON for a client, or as a page when a person's browser navigated here (a form post). */
function toResponse(error: HttpError, request: unknown): Response {
  if (request instanceof Request && wantsPage(request.headers))
    return refusalPage(error.status, error.body.message, error.headers);
  return Response.json(error.body, {
    status: error.status,
    headers: { 'Cache-Control': 'no-store', ...error.headers },
  });
}

/**
 * The one wrapper for route handlers: known refusals become their 4xx, and anything else is logged once, by
 * name and stack only (never its message, the request or the body, which may hold personal data), as a 500.
 */
export function route<Args extends unknown[]>(
  name: string,
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof HttpError) return toResponse(error, args[0]);
      if (isKnown(error)) return toResponse(error.toHttp(), args[0]);
      logger.error({ route: name, ...safeError(error) }, 'unhandled error in route');
      return Response.json(
        { error: 'internal_error', message: 'Something went wrong on our side. Please try again.' },
        { status: 500, headers: { 'Cache-Control': 'no-store' } },
      );
    }
  };
}
