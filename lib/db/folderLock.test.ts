import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFolder } from './folderLock';

const folder = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'bw-lock-')), 'pglite');

/** The pid of a process that has exited: a lock left by kill -9. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('lockFolder', () => {
  it('holds an exclusive lock file with our pid, removed on release', () => {
    const dir = folder();
    const release = lockFolder(dir);
    expect(readFileSync(`${dir}.lock`, 'utf8').trim()).toBe(String(process.pid));
    expect(() => lockFolder(dir)).toThrow(dir);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    lockFolder(dir)();
  });

  it('refuses a folder another live process holds, naming the folder and the pid', () => {
    const dir = folder();
    writeFileSync(`${dir}.lock`, `${process.ppid}\n`);
    expect(() => lockFolder(dir)).toThrow(
      new RegExp(`embedded database in ${dir} is in use by another process \\(pid ${process.ppid}\\)`),
    );
    expect(readFileSync(`${dir}.lock`, 'utf8').trim()).toBe(String(process.ppid));
  });

  it('takes over a lock whose process is gone, or that names our own pid from an earlier life', () => {
    for (const stale of [deadPid(), process.pid, Number.NaN]) {
      const dir = folder();
      writeFileSync(`${dir}.lock`, `${stale}\n`);
      const release = lockFolder(dir);
      expect(readFileSync(`${dir}.lock`, 'utf8').trim()).toBe(String(process.pid));
      release();
    }
  });
});
