import path from 'node:path';
import { env } from '../server/env';
import { openDb, type DbHandle, type DbTarget } from './client';

export { ping, type Db } from './client';
export * as tables from './schema';

export function defaultTarget(): DbTarget {
  const { DATABASE_URL, dataDir } = env();
  return DATABASE_URL
    ? { kind: 'postgres', url: DATABASE_URL }
    : { kind: 'pglite', dir: path.join(dataDir, 'pglite') };
}

// One handle per process, kept on globalThis so that Next's separate route bundles share it:
// PGlite allows one process per data folder, and a second pool would double PostgreSQL connections.
const holder = globalThis as typeof globalThis & { __backwiseDb?: Promise<DbHandle> };

/** The app's database, opened and migrated on first use so `next build` never touches it. */
export function getDbHandle(): Promise<DbHandle> {
  holder.__backwiseDb ??= openDb(defaultTarget()).catch((error: unknown) => {
    holder.__backwiseDb = undefined;
    throw error;
  });
  return holder.__backwiseDb;
}

export async function getDb() {
  return (await getDbHandle()).db;
}
