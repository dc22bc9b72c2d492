import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from './env';

function passwordFile(config: Env): string {
  return path.join(config.dataDir, 'admin-password');
}

/**
 * The staff password: ADMIN_PASSWORD when set (required in production, see env.ts); otherwise one generated
 * on first start, printed once, and kept in DATA_DIR so restarts do not change it.
 */
export function ensureAdminPassword(config: Env): string {
  if (config.ADMIN_PASSWORD) return config.ADMIN_PASSWORD;
  const file = passwordFile(config);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const generated = randomBytes(18).toString('base64url');
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
    process.stdout.write(
      `\nNo ADMIN_PASSWORD set: generated a staff password for /admin (saved in ${file}):\n  ${generated}\n\n`,
    );
    return generated;
  }
}

export function adminPassword(config: Env): string {
  return config.ADMIN_PASSWORD ?? readFileSync(passwordFile(config), 'utf8').trim();
}
