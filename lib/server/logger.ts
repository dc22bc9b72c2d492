import pino from 'pino';

// Structured logs to stdout. Never log request bodies: they can hold health answers and personal data.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { app: 'backwise' },
  redact: {
    paths: ['*.email', '*.phone', '*.name', '*.note', '*.answers', '*.password'],
    censor: '[redacted]',
  },
});
