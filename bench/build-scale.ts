// Build time with 100 and 1,000 generated articles, in a temporary copy of the project.
// Generated articles are copies of the real ones with new slugs and titles; their `related` slugs are the
// originals', which exist. Usage: npm run bench:build-scale   (BENCH_SCALE_SIZES="100,1000",
// BENCH_SCALE_TIMEOUT_MIN=15 per build: a build still running then is stopped and reported as unfinished)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main, tempDir } from './lib/cleanup';
import { header, out, root } from './lib/output';
import { sleep, spawnGroup } from './lib/process';
import { fmt } from './lib/stats';
import { table } from './lib/table';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '100,1000').split(',').map(Number);
const TIMEOUT_MS = Number(process.env.BENCH_SCALE_TIMEOUT_MIN ?? 15) * 60_000;
const SKIP = new Set([
  'node_modules',
  '.next',
  '.data',
  '.contentlayer',
  '.git',
  'test-results',
  'playwright-report',
  'coverage',
]);
const PREFIX = 'bench-gen-';

interface BuildResult {
  finished: boolean;
  ok: boolean;
  seconds: number;
  pages?: number;
  lastLine: string;
}

/** `npm run build` in `cwd`, bounded in time; the last progress line tells how far an unfinished build got. */
async function build(cwd: string): Promise<BuildResult> {
  const t0 = performance.now();
  const { child, log } = spawnGroup('npm', ['run', 'build'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      resolve(null);
    }, TIMEOUT_MS);
    child.once('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  const seconds = (performance.now() - t0) / 1000;
  const text = log();
  const pages = /Generating static pages.*\((\d+)\/(\d+)\)/g;
  let last: RegExpExecArray | null = null;
  for (let m = pages.exec(text); m; m = pages.exec(text)) last = m;
  const lines = text.trim().split('\n');
  return {
    finished: code !== null,
    ok: code === 0,
    seconds,
    pages: last?.[2] ? Number(last[2]) : undefined,
    lastLine: (last?.[0] ?? lines.at(-1) ?? '').trim(),
  };
}

function articleSources(dir: string): { slug: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith(PREFIX))
    .sort()
    .map((f) => ({ slug: f.slice(0, -4), text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Writes `count` copies of the real articles with new slugs and titles; returns how many real ones there are. */
function generate(copyDir: string, count: number): number {
  const dir = path.join(copyDir, 'content', 'articles');
  for (const f of readdirSync(dir)) if (f.startsWith(PREFIX)) rmSync(path.join(dir, f));
  const sources = articleSources(dir);
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    if (!source) throw new Error('no articles to copy');
    const n = String(i + 1).padStart(4, '0');
    const text = source.text.replace(
      /^title: (?:"(.*)"|(.*))$/m,
      (_all, quoted: string | undefined, bare: string | undefined) => {
        const title = `${(quoted ?? bare ?? 'Article').slice(0, 70)} (copy ${n})`;
        return `title: ${JSON.stringify(title)}`;
      },
    );
    if (text === source.text) throw new Error(`${source.slug}.mdx has no title line to rewrite`);
    writeFileSync(path.join(dir, `${PREFIX}${n}-${source.slug}.mdx`), text);
  }
  return sources.length;
}

/** Replaces the copy's node_modules symlink by a hard-linked copy (cp -al) of the real one. */
function hardLinkNodeModules(copy: string): void {
  rmSync(path.join(copy, 'node_modules'));
  const link = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(copy, 'node_modules')], {
    stdio: 'inherit',
  });
  if (link.status !== 0) throw new Error('cp -al node_modules failed');
}

/** One row of the results table. */
function resultRow(size: number, real: number, result: BuildResult): string[] {
  const status = result.ok
    ? 'finished'
    : result.finished
      ? 'FAILED'
      : `stopped after ${TIMEOUT_MS / 60_000} min`;
  return [
    String(size),
    String(size + real),
    result.pages === undefined ? '-' : String(result.pages),
    fmt(result.seconds, 0),
    result.ok ? fmt((result.seconds / size) * 100) : '-',
    status,
    result.ok ? '' : result.lastLine.slice(0, 80),
  ];
}

main(async () => {
  header('Build scale: npm run build with generated articles');
  const copy = tempDir('backwise-bench-scale-');
  cpSync(root, copy, {
    recursive: true,
    filter: (src) => !(path.dirname(src) === root && SKIP.has(path.basename(src))),
  });
  // Turbopack refuses a node_modules symlink that points outside the project; try it, else hard-link a copy.
  let nodeModules = 'symlink';
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  out(
    `Project copied to ${copy}; node_modules as a ${nodeModules}. Time limit per build: ${TIMEOUT_MS / 60_000} min.`,
  );

  const rows: string[][] = [];
  const results: { size: number; result: BuildResult }[] = [];
  let ok = true;
  for (const size of SIZES) {
    const real = generate(copy, size);
    rmSync(path.join(copy, '.next'), { recursive: true, force: true });
    rmSync(path.join(copy, '.contentlayer'), { recursive: true, force: true });
    out(`Building with ${size} generated + ${real} real articles…`);
    let result = await build(copy);
    if (!result.ok && result.finished && nodeModules === 'symlink') {
      out(
        `Build with a symlinked node_modules failed (${result.lastLine}); retrying with a hard-linked copy (cp -al).`,
      );
      hardLinkNodeModules(copy);
      nodeModules = 'hard-linked copy (cp -al)';
      rmSync(path.join(copy, '.next'), { recursive: true, force: true });
      result = await build(copy);
    }
    ok &&= result.ok;
    results.push({ size, result });
    rows.push(resultRow(size, real, result));
    await sleep(1000);
  }
  if (existsSync(path.join(copy, 'node_modules'))) out(`node_modules in the copy: ${nodeModules}`);
  out();
  out(
    table(
      [
        'generated articles',
        'articles in all',
        'static pages',
        'build s',
        's per 100 generated',
        'status',
        'last progress',
      ],
      rows,
    ),
  );
  const done = results.filter((r) => r.result.ok);
  const [small, large] = [done[0], done.at(-1)];
  if (small && large && large.size > small.size) {
    const marginal = ((large.result.seconds - small.result.seconds) / (large.size - small.size)) * 100;
    out(
      `Marginal build time per 100 more articles (between ${small.size} and ${large.size}): ${fmt(marginal)} s`,
    );
  }
  out(
    'Build time includes Contentlayer, the front-matter check, compilation and prerendering (article pages and their Open Graph images).',
  );
  return ok;
});
