import { describe, expect, it } from 'vitest';
import { safeError } from './logger';

describe('safeError', () => {
  it('keeps the name, code and stack frames of an error and its causes, never a message', () => {
    const cause = Object.assign(new Error('duplicate key value (email)=(rae@example.com)'), {
      code: '23505',
    });
    const error = new Error('Failed query: insert\nparams: Rae Reader,rae@example.com,312 555 0101', {
      cause,
    });
    const safe = safeError(error);
    expect(safe).toMatchObject({ error: 'Error', cause: { error: 'Error', code: '23505' } });
    expect(String(safe.stack)).toMatch(/^\s+at /);
    expect(JSON.stringify(safe)).not.toMatch(/rae@example|Rae Reader|312 555|Failed query/);
  });

  it('says only the kind of a thrown non-error', () => {
    expect(safeError('rae@example.com')).toEqual({ error: 'string' });
  });
});
