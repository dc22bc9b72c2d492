import path from 'node:path';
import { z } from 'zod';
import { siteOrigin } from '../site';
import { isCommonPassword } from './commonPasswords';
import { parseAddressList, type AddressList } from './addressList';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Other origins that reach this same site (https://www.example.com beside https://example.com). */
  SITE_ALIASES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((o) => o.trim().replace(/\/$/, ''))
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((o) => new URL(o).origin))),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Set when a proxy we run (deploy/nginx.conf) forwards to us; required (1 or 0) in production, where
   * guessing wrong either lets clients pick their rate-limit bucket or puts the whole site in one.
   */
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false'], 'use 1 or 0').optional(),
  /** The proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); loopback by default. */
  TRUSTED_PROXIES: z
    .string()
    .default('127.0.0.0/8,::1')
    .transform((value, ctx) => {
      try {
        return parseAddressList(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
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
  APP_ENV: z.enum(['development', 'production', 'test']).optional(),
});

type Parsed = z.infer<typeof envSchema>;

export type Env = Omit<Parsed, 'TRUST_PROXY' | 'TRUSTED_PROXIES' | 'APP_ENV'> & {
  APP_ENV: NonNullable<Parsed['APP_ENV']>;
  TRUST_PROXY: boolean;
  TRUSTED_PROXIES: AddressList;
  siteUrl: string;
  dataDir: string;
  production: boolean;
};

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
  const problems = [...appEnvProblems(env.APP_ENV, source), ...productionProblems(env)];
  if (problems.length > 0) {
    throw new Error(`Invalid environment:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return {
    ...env,
    APP_ENV: env.APP_ENV ?? 'development',
    TRUST_PROXY: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    production: env.APP_ENV === 'production',
    siteUrl: siteOrigin(env.SITE_URL, env.PORT),
    dataDir: path.resolve(env.DATA_DIR),
  };
}

/**
 * `next start` (and anyone who sets NODE_ENV=production) without APP_ENV would otherwise run as development: no
 * required secrets, mail to files, a staff password printed to the log. Refusing names the one choice that was
 * skipped; treating it as production would instead list five variables a local try-out does not need.
 */
function appEnvProblems(appEnv: string | undefined, source: Record<string, string | undefined>): string[] {
  if (appEnv || source.NODE_ENV !== 'production') return [];
  if (source.NEXT_PHASE === 'phase-production-build') return [];
  return [
    'APP_ENV: required when NODE_ENV=production (as under next start): set APP_ENV=production for the live site, or APP_ENV=development to try a build locally',
  ];
}

/** Production refuses every setting that would fail open; each line names its variable. */
function productionProblems(env: Parsed): string[] {
  if (env.APP_ENV !== 'production') return [];
  const required = (name: string) => `${name}: required when APP_ENV=production`;
  const problems: string[] = [];
  if (!env.ADMIN_PASSWORD) problems.push(required('ADMIN_PASSWORD'));
  else if (isCommonPassword(env.ADMIN_PASSWORD))
    problems.push('ADMIN_PASSWORD: a common password (in a list attackers try first); choose another');
  if (!env.APP_SECRET) problems.push(required('APP_SECRET'));
  if (!env.SITE_URL) problems.push(required('SITE_URL'));
  if (!env.SMTP_URL) problems.push(`${required('SMTP_URL')} (without it mail is only written to files)`);
  if (!env.TRUST_PROXY)
    problems.push(
      `${required('TRUST_PROXY')}: 1 when a proxy you run forwards to this server (see TRUSTED_PROXIES), 0 when clients connect directly`,
    );
  return problems;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
