// Child processes in their own process group (so npx, sh and the server die together), ports and waiting.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { onCleanup } from './cleanup';
import { root } from './output';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
export function accepts(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Resolves true once the child has exited, false after `timeoutMs`. */
export function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
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
): { child: ChildProcess; log: () => string } {
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

/** Polls `ready` every `intervalMs` until it is true; throws the message of `failure` when that returns one. */
export async function waitUntil(
  ready: () => Promise<boolean>,
  failure: () => string | undefined,
  intervalMs: number,
): Promise<void> {
  for (;;) {
    const problem = failure();
    if (problem !== undefined) throw new Error(problem);
    if (await ready()) return;
    await sleep(intervalMs);
  }
}
