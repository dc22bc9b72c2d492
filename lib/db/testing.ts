// Test helpers: a throwaway database on each engine the machine offers.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDb, type DbHandle } from './client';

export interface TestDb extends DbHandle {
  name: string;
  /** The connection string, on PostgreSQL (for tests that open a second connection or a second app). */
  url?: string;
  /** Closes the handle and removes the database. */
  destroy(): Promise<void>;
}

export interface Engine {
  name: 'pglite' | 'postgres';
  /** Why this engine is skipped, or undefined when it runs. */
  skip?: string;
  create(): Promise<TestDb>;
}

async function createPglite(): Promise<TestDb> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'backwise-pglite-'));
  const handle = await openDb({ kind: 'pglite', dir: path.join(root, 'db') });
  return {
    ...handle,
    name: 'pglite',
    async destroy() {
      await handle.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function createPostgres(adminUrl: string): Promise<TestDb> {
  const { Client } = await import('pg');
  const dbName = `backwise_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const handle = await openDb({ kind: 'postgres', url: url.toString() });
  return {
    ...handle,
    name: 'postgres',
    url: url.toString(),
    async destroy() {
      await handle.close();
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${dbName} with (force)`);
      await cleanup.end();
    },
  };
}

async function reachable(url: string): Promise<string | undefined> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * PGlite always; PostgreSQL when TEST_DATABASE_URL is set and answers. With REQUIRE_POSTGRES=1 a missing or
 * unreachable server is an error, so CI cannot pass by skipping.
 */
export async function engines(): Promise<Engine[]> {
  const url = process.env.TEST_DATABASE_URL;
  const required = process.env.REQUIRE_POSTGRES === '1';
  let skip: string | undefined;
  if (!url) skip = 'TEST_DATABASE_URL is not set';
  else {
    const problem = await reachable(url);
    if (problem) skip = `PostgreSQL at TEST_DATABASE_URL is unreachable: ${problem}`;
  }
  if (skip && required) throw new Error(`REQUIRE_POSTGRES=1 but ${skip}`);
  if (skip) process.stderr.write(`[skip] PostgreSQL tests skipped: ${skip}\n`);
  return [
    { name: 'pglite', create: createPglite },
    { name: 'postgres', skip, create: () => createPostgres(url ?? '') },
  ];
}
