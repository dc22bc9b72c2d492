// Test-only: a PGlite database for one describe block, made before its tests and removed after them.
import { afterAll, beforeAll } from 'vitest';
import { engines, type TestDb } from './testing';

/** Registers the suite's setup and teardown; call the returned function inside a test to get the database. */
export function pgliteForSuite(): () => TestDb {
  let t: TestDb | undefined;
  beforeAll(async () => {
    const [pglite] = await engines();
    if (!pglite) throw new Error('no engine');
    t = await pglite.create();
  });
  afterAll(async () => {
    await t?.destroy();
  });
  return () => {
    if (!t) throw new Error('the suite database is not ready');
    return t;
  };
}
