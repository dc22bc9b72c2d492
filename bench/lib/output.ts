// What every benchmark prints first: where it ran and how noisy that is.
import os from 'node:os';
import path from 'node:path';

/** The project root (bench/lib/ is two folders down). */
export const root = path.resolve(import.meta.dirname, '..', '..');

/** The article page the throughput benchmark loads. */
export const ARTICLE_PATH = '/articles/why-your-back-hurts-after-training';

export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export const NOISE_NOTE =
  'Note: this machine has 2 cores shared with other builds and tests, and the load generator runs on the same cores; figures are noisy.';

export function machineLine(): string {
  const cpus = os.cpus();
  const mem = (os.totalmem() / 2 ** 30).toFixed(0);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ${mem} GiB RAM, Node ${process.version}, load average ${load}`;
}

/** The first lines of a benchmark's output: its title, the machine and the noise note. */
export function header(title: string): void {
  out(`== ${title} ==`);
  out(machineLine());
  out(NOISE_NOTE);
}
