// A `next start` process of the built app with its own environment, for specs that need several instances or
// settings the shared web server does not have.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { STAFF_PASSWORD } from './helpers';

const APP_SECRET = randomBytes(32).toString('base64url');

/** Starts the app on `port` and resolves once its database is ready. */
export async function startApp(
  port: number,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    [
      path.join('node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        APP_ENV: 'development',
        NEXT_TELEMETRY_DISABLED: '1',
        FORM_MIN_FILL_MS: '0',
        ADMIN_PASSWORD: STAFF_PASSWORD,
        APP_SECRET,
        SITE_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bw-instance-')),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`instance on ${port} did not start:\n${output}`)),
      // A loaded machine (CI shared with other jobs) can take well over a minute to open and migrate PGlite.
      180_000,
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('database ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}:\n${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** Creates database `name` on the server `adminUrl` points at and returns the new database's URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops database `name` (if it was made), disconnecting anyone still on it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

/** Stops the apps `startApp` started and waits until each has exited. */
export async function stopApps(apps: { child: ChildProcess }[]): Promise<void> {
  for (const app of apps) app.child.kill('SIGTERM');
  await Promise.all(apps.map((app) => new Promise((resolve) => app.child.once('exit', resolve))));
}
