// Cleanup that runs however a benchmark ends. Nothing happens on import: the entry point's `main()` installs
// the exit and signal handlers, so a test or another script can import these helpers safely.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

function runSyncCleanups(): void {
  for (const c of [...cleanups].reverse()) {
    try {
      c.sync();
    } catch {
      // best effort at exit
    }
  }
}

let installed = false;

/** Runs every cleanup at exit and on SIGINT, SIGTERM and SIGHUP (exit code 130). Idempotent. */
export function installCleanupHandlers(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runSyncCleanups);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      void runAsyncCleanups().finally(() => process.exit(130));
    });
  }
}

/**
 * A benchmark's entry point: installs the cleanup handlers, runs the body, then every cleanup; exit code 1
 * when the body throws or reports a failure.
 */
export function main(body: () => Promise<boolean | void>): void {
  installCleanupHandlers();
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

/** A temporary folder, removed at exit. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  // nginx workers run as an unprivileged user when the master is root: let them traverse the folder.
  chmodSync(dir, 0o755);
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
