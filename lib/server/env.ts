import path from 'node:path';
import { z } from 'zod';
import { siteOrigin } from '../site';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Set when a proxy we run (deploy/nginx.conf) is the only way in and overwrites X-Forwarded-For. */
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'], 'use 1 or 0')
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  BOOKING_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(10),
  /** Mails a reader's address may be sent in 24 hours (booking, move, cancel, waitlist, offer); over it, refused. */
  MAIL_DAILY_CAP: z.coerce.number().int().min(1).max(1_000_000).default(10),
  /** Moves and cancels one manage link may make in 24 hours. */
  CHANGE_DAILY_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(5),
  /** New bookings, and separately new waitlist entries, one email address may make in 24 hours. */
  PER_EMAIL_DAILY_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(5),
  /** How long before a visit its reminder goes out; fractions allowed (0.05 = 3 minutes, for tests). */
  REMINDER_HOURS: z.coerce
    .number('must be a number of hours, such as 24 or 0.5')
    .positive('must be above 0 hours')
    .max(336, 'must be at most 336 hours (two weeks)')
    .default(24),
  FORM_MIN_FILL_MS: z.coerce.number().int().min(0).max(60_000).default(3000),
  APP_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema> & { siteUrl: string; dataDir: string; production: boolean };

function blankToUndefined(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
}

/** Reads configuration from the environment; throws naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(blankToUndefined(source));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = result.data;
  const production = env.APP_ENV === 'production';
  if (production && !env.ADMIN_PASSWORD) {
    throw new Error('Invalid environment:\n  ADMIN_PASSWORD: required when APP_ENV=production');
  }
  if (production && !env.APP_SECRET) {
    throw new Error('Invalid environment:\n  APP_SECRET: required when APP_ENV=production');
  }
  if (production && !env.SITE_URL) {
    throw new Error('Invalid environment:\n  SITE_URL: required when APP_ENV=production');
  }
  return {
    ...env,
    production,
    siteUrl: siteOrigin(env.SITE_URL, env.PORT),
    dataDir: path.resolve(env.DATA_DIR),
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
