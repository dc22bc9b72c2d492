// Writes public/exercises/<slug>.svg for every figure in poses.ts (run with `npm run figures`; the build does
// not depend on it). It reads each exercise's `alt` text for the SVG title, flags anatomy that would look
// wrong and files over the size budget, and writes a gallery page for checking the figures in a browser.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { anatomyProblems, solvePose } from './figure';
import { figures } from './poses';
import { renderFigure } from './render';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'public/exercises');
const MAX_BYTES = 8 * 1024;

function altOf(slug: string): string {
  const file = path.join(root, 'content/exercises', `${slug}.mdx`);
  if (!existsSync(file)) return 'start and end positions';
  const match = /^alt:\s*"(.*)"\s*$/m.exec(readFileSync(file, 'utf8'));
  return match?.[1] ?? 'start and end positions';
}

let failed = false;
const rows: string[] = [];
mkdirSync(outDir, { recursive: true });
for (const fig of figures) {
  for (const [label, panel] of [
    ['start', fig.start],
    ['end', fig.end],
  ] as const) {
    for (const problem of anatomyProblems(solvePose(panel.pose), panel.pose.allow)) {
      process.stderr.write(`${fig.slug} (${label}): ${problem}\n`);
      failed = true;
    }
  }
  const svg = renderFigure(fig, altOf(fig.slug));
  const bytes = Buffer.byteLength(svg);
  if (bytes > MAX_BYTES) {
    process.stderr.write(`${fig.slug}: ${bytes} bytes is over ${MAX_BYTES}\n`);
    failed = true;
  }
  writeFileSync(path.join(outDir, `${fig.slug}.svg`), svg);
  rows.push(`<p>${fig.slug} (${bytes} B)</p><img src="../public/exercises/${fig.slug}.svg" alt="">`);
  process.stdout.write(`${fig.slug}.svg ${bytes} B\n`);
}
if (process.argv.includes('--gallery')) {
  const dir = path.join(root, 'scripts/exercise-figures/.gallery');
  mkdirSync(dir, { recursive: true });
  const style = 'body{margin:16px;font:14px sans-serif}img{width:100%;height:auto;border:1px solid #ccc}';
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><style>${style}</style>${rows.join('\n')}`);
}
process.exit(failed ? 1 : 0);
