import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { logger } from '../server/logger';
import { lockFolder } from './folderLock';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };

export interface DbHandle {
  db: Db;
  kind: DbTarget['kind'];
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), 'lib', 'db', 'migrations');

/** Opens a database and applies the committed migrations. Callers own the handle and must close it. */
export async function openDb(target: DbTarget): Promise<DbHandle> {
  if (target.kind === 'postgres') {
    const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
      import('pg'),
      import('drizzle-orm/node-postgres'),
      import('drizzle-orm/node-postgres/migrator'),
    ]);
    const pool = new Pool({ connectionString: target.url, max: 10 });
    // An idle client dropped by the server (restart, failover) must not crash the process; the pool replaces it.
    pool.on('error', (error) => logger.warn({ err: error.message }, 'idle PostgreSQL client dropped'));
    const db = drizzle(pool, { schema });
    // Several app instances may start at once; the lock keeps their migrations from racing.
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock(727274)');
      await migrate(drizzle(client, { schema }), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock(727274)').catch(() => undefined);
      client.release();
    }
    return { db, kind: 'postgres', close: () => pool.end() };
  }

  const [{ PGlite }, { btree_gist }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    // The overlap exclusion constraint (migration 0001) needs btree_gist; PGlite ships it as an extension.
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  // PGlite does not create the parent folder itself.
  mkdirSync(path.dirname(target.dir), { recursive: true });
  const unlock = lockFolder(target.dir);
  try {
    const client = await PGlite.create(target.dir, { extensions: { btree_gist } });
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

export async function ping(db: Db): Promise<boolean> {
  const result: unknown = await db.execute(sql`select 1 as ok`);
  // node-postgres and PGlite both answer with an object holding `rows`.
  return (
    typeof result === 'object' &&
    result !== null &&
    'rows' in result &&
    Array.isArray(result.rows) &&
    result.rows.length === 1
  );
}
