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

describe('checkFormStamp', () => {
  const shown = new Date('2026-12-01T15:00:00Z');
  const later = (ms: number) => new Date(shown.getTime() + ms);

  it('turns away a form sent faster than FORM_MIN_FILL_MS, and one older than a day', async () => {
    const { issueFormStamp, checkFormStamp } = await stamps({
      APP_SECRET: 'c'.repeat(40),
      FORM_MIN_FILL_MS: '3000',
    });
    const stamp = issueFormStamp(shown);
    expect(checkFormStamp(stamp, later(2999))).toBe('too-fast');
    expect(checkFormStamp(stamp, later(3000))).toBe('ok');
    expect(checkFormStamp(stamp, later(24 * 60 * 60 * 1000))).toBe('ok');
    expect(checkFormStamp(stamp, later(24 * 60 * 60 * 1000 + 1))).toBe('expired');
  });

  it('refuses a stamp whose time or id was changed, and anything that is not a stamp', async () => {
    const { issueFormStamp, checkFormStamp } = await stamps({ APP_SECRET: 'c'.repeat(40) });
    const [at, id, sig] = issueFormStamp(shown).split('.');
    expect(checkFormStamp(`${Number(at) - 60_000}.${id}.${sig}`, later(5000))).toBe('invalid');
    expect(checkFormStamp(`${at}.${id}x.${sig}`, later(5000))).toBe('invalid');
    expect(checkFormStamp(`${at}.${sig}`, later(5000))).toBe('invalid');
    for (const odd of [undefined, null, 42, '', 'x'.repeat(500)])
      expect(checkFormStamp(odd, later(5000))).toBe('invalid');
  });

  it('gives every shown form its own id, so each can be redeemed once', async () => {
    const { issueFormStamp, readFormStamp } = await stamps({ APP_SECRET: 'c'.repeat(40) });
    expect(readFormStamp(issueFormStamp(shown))?.id).not.toBe(readFormStamp(issueFormStamp(shown))?.id);
  });
});
