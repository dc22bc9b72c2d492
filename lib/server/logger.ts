import pino from 'pino';

/**
 * What a log may say about an error: its name, its code (a SQLSTATE such as 23505, ECONNREFUSED) and the
 * stack frames, for the error and its causes. Never its message: Drizzle writes the query's parameters into
 * it (a booking's name, email, phone, note and sealed token), PostgreSQL quotes the bad value, and mail
 * servers the recipient.
 */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = 'code' in error && typeof error.code === 'string' ? error.code.slice(0, 20) : undefined;
  const frames = error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 7)
    .join('\n');
  return {
    error: error.name,
    ...(code ? { code } : {}),
    ...(frames ? { stack: frames } : {}),
    ...(error.cause !== undefined && depth < 2 ? { cause: safeError(error.cause, depth + 1) } : {}),
  };
}

// Structured logs to stdout. Never log request bodies: they can hold health answers and personal data. An
// error goes under `err`, which passes through safeError whoever logs it.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { app: 'backwise' },
  serializers: { err: (error: unknown) => safeError(error) },
  redact: {
    paths: ['*.email', '*.phone', '*.name', '*.note', '*.answers', '*.password'],
    censor: '[redacted]',
  },
});
