import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

async function stamps(env: Record<string, string>) {
  process.env = {
    ...saved,
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bw-stamp-')),
    FORM_MIN_FILL_MS: '0',
    ...env,
  };
  vi.resetModules();
  return import('./formStamp');
}

describe('form stamps', () => {
  it('are signed with APP_SECRET, so changing the staff password breaks no form', async () => {
    const now = new Date('2026-12-01T15:00:00Z');
    const secret = 'a'.repeat(40);
    const before = await stamps({ APP_SECRET: secret, ADMIN_PASSWORD: 'first-password-1' });
    const stamp = before.issueFormStamp(now);
    const later = new Date(now.getTime() + 5000);
    const after = await stamps({ APP_SECRET: secret, ADMIN_PASSWORD: 'second-password-2' });
    expect(after.checkFormStamp(stamp, later)).toBe('ok');
    const otherSecret = await stamps({ APP_SECRET: 'b'.repeat(40), ADMIN_PASSWORD: 'first-password-1' });
    expect(otherSecret.checkFormStamp(stamp, later)).toBe('invalid');
  });
});
