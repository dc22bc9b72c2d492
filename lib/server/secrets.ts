import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomToken } from '../crypto';
import type { Env } from './env';

type SecretName = 'admin-password' | 'app-secret';

function secretFile(config: Env, name: SecretName): string {
  return path.join(config.dataDir, name);
}

/** Read once per process: form stamps, booking deps and the timers ask for the secret on every request. */
const keptValues = new Map<string, string>();

/** A secret generated on first start and kept in DATA_DIR, so restarts (and other instances) reuse it. */
function kept(config: Env, name: SecretName, bytes: number, announce: (value: string, file: string) => void) {
  const file = secretFile(config, name);
  const known = keptValues.get(file);
  if (known) return known;
  const value = readOrCreate(file, config.dataDir, bytes, announce);
  keptValues.set(file, value);
  return value;
}

function readOrCreate(
  file: string,
  dataDir: string,
  bytes: number,
  announce: (value: string, file: string) => void,
): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const generated = randomToken(bytes);
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
    } catch {
      // Another process wrote it first: use theirs.
      return readFileSync(file, 'utf8').trim();
    }
    announce(generated, file);
    return generated;
  }
}

/**
 * The staff password: ADMIN_PASSWORD when set (required in production, see env.ts); otherwise one generated
 * on first start, printed once, and kept in DATA_DIR. It only logs staff in: nothing is signed with it.
 */
export function ensureAdminPassword(config: Env): string {
  if (config.ADMIN_PASSWORD) return config.ADMIN_PASSWORD;
  return kept(config, 'admin-password', 18, (value, file) =>
    process.stdout.write(
      `\nNo ADMIN_PASSWORD set: generated a staff password for /admin (saved in ${file}):\n  ${value}\n\n`,
    ),
  );
}

export function adminPassword(config: Env): string {
  return config.ADMIN_PASSWORD ?? readFileSync(secretFile(config, 'admin-password'), 'utf8').trim();
}

/**
 * The key that signs form stamps and other tokens: APP_SECRET (required in production), or one generated and
 * kept in DATA_DIR in development. Changing the staff password changes nothing signed.
 */
export function appSecret(config: Env): string {
  if (config.APP_SECRET) return config.APP_SECRET;
  return kept(config, 'app-secret', 32, (_value, file) =>
    process.stdout.write(`\nNo APP_SECRET set: generated one in ${file}.\n`),
  );
}
