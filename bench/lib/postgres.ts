// A throw-away PostgreSQL database per benchmark, when a local server is reachable.
import { onCleanup } from './cleanup';
import { out } from './output';

export type DatabaseKind = 'PGlite' | 'PostgreSQL';

export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates a fresh database on the local server and drops it at the end; undefined when the server is unreachable. */
export async function freshPostgres(
  label: string,
): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const { default: pg } = await import('pg');
  const name = `backwise_bench_${label}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (error) {
    out(
      `PostgreSQL at ${PG_ADMIN_URL} is not usable (${error instanceof Error ? error.message : String(error)}): skipping it.`,
    );
    await admin.end().catch(() => undefined);
    return undefined;
  }
  await admin.end();
  const target = new URL(PG_ADMIN_URL);
  target.pathname = `/${name}`;
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
  onCleanup(() => undefined, drop);
  return { url: target.toString(), drop };
}

/**
 * Runs `run` on PGlite (no DATABASE_URL), then on a fresh PostgreSQL database when one can be made (dropped
 * after); true when every run passed.
 */
export async function onEachDatabase(
  label: string,
  run: (kind: DatabaseKind, databaseUrl: string | undefined) => Promise<boolean>,
): Promise<boolean> {
  let ok = await run('PGlite', undefined);
  const pg = await freshPostgres(label);
  if (pg) {
    try {
      ok = (await run('PostgreSQL', pg.url)) && ok;
    } finally {
      await pg.drop();
    }
  }
  return ok;
}
