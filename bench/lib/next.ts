// The app under test: one production build, `next start` on loopback with the benchmarks' environment.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { out, root } from './output';
import { exited, freePort, killGroup, spawnGroup, waitUntil } from './process';

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

export interface NextOptions {
  dataDir: string;
  databaseUrl?: string;
  cwd?: string;
  timeoutMs?: number;
}

/** The server's environment: loopback, its own data folder, limits no benchmark reaches, no mail. */
export function nextEnv(base: NodeJS.ProcessEnv, port: number, options: NextOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    DATA_DIR: options.dataDir,
    ADMIN_PASSWORD: 'bench-password-123',
    // The app's environment schema caps the limit at 10,000 per client per 10 minutes; every bench stays below it.
    BOOKING_RATE_LIMIT: '10000',
    FORM_MIN_FILL_MS: '0',
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: `http://127.0.0.1:${port}`,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  // A benchmark run is a local try-out: no SMTP, no proxy, no production secrets.
  env.APP_ENV = 'development';
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  return env;
}

/** `npx next start` on 127.0.0.1 and a free port, ready once GET /api/health answers 200. */
export async function startNext(options: NextOptions): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child, log } = spawnGroup('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: options.cwd,
    env: nextEnv(process.env, port, options),
  });
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  await waitUntil(
    () =>
      fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) })
        .then((r) => r.status === 200)
        .catch(() => false),
    () => {
      if (child.exitCode !== null || child.signalCode !== null) return `next start exited early:\n${log()}`;
      if (Date.now() <= deadline) return undefined;
      killGroup(child, 'SIGKILL');
      return `next start did not answer /api/health within the time limit:\n${log()}`;
    },
    250,
  );
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
