// Shared helpers for the benchmarks under bench/: servers on loopback only, cleanup on exit, figures.
// These are measurements, not tests: they print labelled figures and are not part of `npm test`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
export const ARTICLE_PATH = '/articles/why-your-back-hurts-after-training';

export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export const NOISE_NOTE =
  'Note: this machine has 2 cores shared with other builds and tests, and the load generator runs on the same cores; figures are noisy.';

export function machineLine(): string {
  const cpus = os.cpus();
  const mem = (os.totalmem() / 2 ** 30).toFixed(0);
  return `Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ${mem} GiB RAM, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

// ---- cleanup -------------------------------------------------------------------------------------------------

type Cleanup = { sync: () => void; async?: () => Promise<void> };
const cleanups: Cleanup[] = [];

/** Registers cleanup: `sync` always runs at exit; `async` runs first when the script ends normally or on a signal. */
export function onCleanup(sync: () => void, asyncFn?: () => Promise<void>): () => void {
  const entry: Cleanup = { sync, async: asyncFn };
  cleanups.push(entry);
  return () => {
    const i = cleanups.indexOf(entry);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

async function runAsyncCleanups(): Promise<void> {
  for (const c of [...cleanups].reverse()) await c.async?.().catch(() => undefined);
}

process.on('exit', () => {
  for (const c of [...cleanups].reverse()) {
    try {
      c.sync();
    } catch {
      // best effort at exit
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    void runAsyncCleanups().finally(() => process.exit(130));
  });
}

/** Runs the benchmark body, then every cleanup; exit code 1 when the body throws or reports a failure. */
export function main(body: () => Promise<boolean | void>): void {
  body()
    .then(async (ok) => {
      await runAsyncCleanups();
      process.exit(ok === false ? 1 : 0);
    })
    .catch(async (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      await runAsyncCleanups();
      process.exit(1);
    });
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  // nginx workers run as an unprivileged user when the master is root: let them traverse the folder.
  chmodSync(dir, 0o755);
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---- figures --------------------------------------------------------------------------------------------------

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i] ?? Number.NaN;
}

export function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

/** A plain-text table with a header row and aligned columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---- the app --------------------------------------------------------------------------------------------------

/** Builds the app unless a build exists (the runner builds once; BENCH_REBUILD=1 forces it). */
export function ensureBuild(cwd = root): void {
  if (existsSync(path.join(cwd, '.next', 'BUILD_ID')) && process.env.BENCH_REBUILD !== '1') return;
  out(`Building the app in ${cwd} (npm run build)…`);
  const result = spawnSync('npm', ['run', 'build'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${String(result.status)})`);
}

export interface Server {
  port: number;
  url: string;
  child: ChildProcess;
  /** Last lines of the server's output, for error messages. */
  log(): string;
  /** SIGTERM to the whole process group, SIGKILL after 5 s. */
  stop(): Promise<void>;
  /** kill -9 of the whole process group (npx, sh and next-server) at once. */
  kill9(): Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Spawns a command in its own process group, killed at exit; keeps the last 20 kB of its output. */
export function spawnGroup(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv },
) {
  const child = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  const keep = (chunk: Buffer) => {
    buffer = (buffer + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const remove = onCleanup(() => killGroup(child, 'SIGKILL'));
  child.once('exit', remove);
  return { child, log: () => buffer };
}

export interface NextOptions {
  dataDir: string;
  databaseUrl?: string;
  cwd?: string;
  timeoutMs?: number;
}

/** `npx next start` on 127.0.0.1 and a free port, ready once GET /api/health answers 200. */
export async function startNext(options: NextOptions): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: options.dataDir,
    ADMIN_PASSWORD: 'bench-password-123',
    // The app's environment schema caps the limit at 10,000 per client per 10 minutes; every bench stays below it.
    BOOKING_RATE_LIMIT: '10000',
    FORM_MIN_FILL_MS: '0',
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: url,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  delete env.APP_ENV;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const { child, log } = spawnGroup('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: options.cwd,
    env,
  });
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`next start exited early:\n${log()}`);
    if (Date.now() > deadline) {
      killGroup(child, 'SIGKILL');
      throw new Error(`next start did not answer /api/health within the time limit:\n${log()}`);
    }
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) })
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    await sleep(250);
  }
  return {
    port,
    url,
    child,
    log,
    async stop() {
      killGroup(child, 'SIGTERM');
      if (!(await exited(child, 5000))) killGroup(child, 'SIGKILL');
      await exited(child, 5000);
    },
    async kill9() {
      killGroup(child, 'SIGKILL');
      await exited(child, 5000);
    },
  };
}

// ---- nginx ----------------------------------------------------------------------------------------------------

/** Path of Debian's nginx; installs it with apt-get when missing (the bench machine runs as root). */
export function ensureNginx(): string {
  const find = () =>
    ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  const found = find();
  if (found) return found;
  out('nginx is missing: installing it with apt-get install -y nginx…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', 'nginx'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    install();
  }
  const installed = find();
  if (!installed)
    throw new Error('nginx is not installed and apt-get install -y nginx failed (run it as root)');
  return installed;
}

/** The main-context wrapper around an http-level snippet: prefix, pid, logs and temp paths all in `dir`. */
export function nginxMainConfig(dir: string, httpBody: string): string {
  const mime = existsSync('/etc/nginx/mime.types')
    ? 'include /etc/nginx/mime.types;'
    : 'types { text/html html; text/css css; application/javascript js; }';
  const tmp = path.join(dir, 'tmp');
  return `# Generated by bench/: runs in the foreground with everything under ${dir}
daemon off;
worker_processes auto;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
    ${mime}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path ${tmp}/body;
    proxy_temp_path ${tmp}/proxy;
    fastcgi_temp_path ${tmp}/fastcgi;
    uwsgi_temp_path ${tmp}/uwsgi;
    scgi_temp_path ${tmp}/scgi;
${httpBody}
}
`;
}

export interface Nginx {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts nginx as a foreground child with a generated config, waits until its port accepts connections. */
export async function startNginx(bin: string, dir: string, config: string, port: number): Promise<Nginx> {
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  chmodSync(path.join(dir, 'tmp'), 0o755);
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, config);
  const test = spawnSync(bin, ['-t', '-q', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', file], {
    encoding: 'utf8',
  });
  if (test.status !== 0) throw new Error(`nginx rejected ${file}:\n${test.stderr}`);
  const { child, log } = spawnGroup(bin, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', file], {});
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited early:\n${log()}`);
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${url}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) break;
    await sleep(100);
  }
  return {
    port,
    url,
    async stop() {
      killGroup(child, 'SIGQUIT');
      if (!(await exited(child, 5000))) killGroup(child, 'SIGKILL');
    },
  };
}

// ---- PostgreSQL -----------------------------------------------------------------------------------------------

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

// ---- booking helpers ------------------------------------------------------------------------------------------

export interface SlotView {
  start: string;
  end: string;
}

export async function freeSlots(baseUrl: string, type: 'clinic' | 'telehealth'): Promise<SlotView[]> {
  const response = await fetch(`${baseUrl}/api/slots?type=${type}&days=28`, {
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status !== 200) throw new Error(`GET /api/slots answered ${response.status}`);
  const body = (await response.json()) as { slots: SlotView[] };
  return body.slots;
}

export interface BookingAnswer {
  status: number; // 0 when no answer (connection refused or reset, timeout)
  ms: number;
  id?: string;
  manageUrl?: string;
  /** The status line arrived but the body did not (the server died while answering). */
  bodyLost?: boolean;
}

export async function postBooking(
  baseUrl: string,
  type: 'clinic' | 'telehealth',
  start: string,
  n: string,
  timeoutMs = 30_000,
): Promise<BookingAnswer> {
  const body = JSON.stringify({
    type,
    start,
    name: `Bench Client ${n}`,
    email: `bench-${n}@example.com`,
    phone: '312 555 0142',
    consent: true,
  });
  const t0 = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = (await response.json().catch(() => undefined)) as
      { id?: string; manageUrl?: string } | undefined;
    return {
      status: response.status,
      ms: performance.now() - t0,
      id: json?.id,
      manageUrl: json?.manageUrl,
      bodyLost: json === undefined,
    };
  } catch {
    return { status: 0, ms: performance.now() - t0 };
  }
}

/** Runs `count` jobs with `concurrency` workers, stopping early at the deadline. */
export async function pool<T>(
  count: number,
  concurrency: number,
  deadlineMs: number,
  job: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const stopAt = Date.now() + deadlineMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count && Date.now() < stopAt) {
        const i = next++;
        results.push(await job(i));
      }
    }),
  );
  return results;
}
