import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/** Lock files this process holds: a file naming our own pid that is not here is left by an earlier process. */
const held = new Set<string>();

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number {
  try {
    return Number.parseInt(readFileSync(file, 'utf8'), 10);
  } catch {
    return Number.NaN;
  }
}

/**
 * Takes `<dir>.lock`, created exclusively and holding our pid, for the embedded database in `dir`: PGlite has
 * no lock of its own, and a second process on one folder double-books and loses commits. A lock whose process is
 * gone (kill -9, a restarted container whose pid came back) is taken over. Returns the release function.
 */
export function lockFolder(dir: string): () => void {
  const file = `${dir}.lock`;
  if (held.has(file)) throw new Error(`the embedded database in ${dir} is already open in this process`);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      held.add(file);
      const onExit = () => release();
      const release = () => {
        process.off('exit', onExit);
        if (!held.delete(file)) return;
        if (readPid(file) === process.pid) unlinkSync(file);
      };
      process.on('exit', onExit);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readPid(file);
      if (alive(owner)) {
        throw new Error(
          `the embedded database in ${dir} is in use by another process (pid ${owner}); PGlite allows one process per folder: stop it, give this one its own DATA_DIR, or use PostgreSQL (DATABASE_URL) for several instances`,
        );
      }
      try {
        unlinkSync(file);
      } catch {
        // Another starter removed it first; the next attempt decides.
      }
    }
  }
  throw new Error(`could not take the lock ${file} for the embedded database in ${dir}`);
}
