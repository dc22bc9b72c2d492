// npm run bench: builds the app once, then runs every benchmark in sequence and prints all their figures.
// Each benchmark also runs alone: npm run bench:throughput | bench:booking | bench:durability | bench:build-scale.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { NOISE_NOTE, machineLine, out, root } from './lib/output';

const benches = ['throughput', 'booking', 'durability', 'build-scale'];
const only = process.argv.slice(2);
const selected = only.length > 0 ? benches.filter((b) => only.includes(b)) : benches;

out(`Backwise benchmarks, ${new Date().toISOString()}`);
out(machineLine());
out(NOISE_NOTE);
out('Building the app once (npm run build)…');
const t0 = performance.now();
const built = spawnSync('npm', ['run', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
if (built.status !== 0) {
  out('npm run build failed');
  process.exit(1);
}
out(`Build: ${((performance.now() - t0) / 1000).toFixed(0)} s`);

const summary: string[] = [];
for (const name of selected) {
  out();
  const started = performance.now();
  const result = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    [path.join(root, 'bench', `${name}.ts`)],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BENCH_REBUILD: '0' },
    },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  summary.push(
    `${name}: ${result.status === 0 ? 'ok' : `FAILED (exit ${String(result.status ?? result.signal)})`} in ${seconds} s`,
  );
}
out();
out('Summary:');
for (const line of summary) out(`  ${line}`);
process.exit(summary.some((l) => l.includes('FAILED')) ? 1 : 0);
