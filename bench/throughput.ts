// Throughput of one article page: (a) plain `next start`, (b) the documented production setup (deploy/nginx.conf
// in front of `next start`), (c) nginx serving the same saved HTML. All three in one run, on loopback.
// Usage: npm run bench:throughput   (BENCH_DURATION seconds per target, default 10; BENCH_CONNECTIONS, default 50)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { main, tempDir } from './lib/cleanup';
import { ensureBuild, startNext } from './lib/next';
import { ensureNginx, mainConfig, startNginx } from './lib/nginx';
import { proxyConfigFrom, staticSiteConfig } from './lib/nginxConfig';
import { ARTICLE_PATH, header, out, root } from './lib/output';
import { freePort } from './lib/process';
import { fmt } from './lib/stats';
import { table } from './lib/table';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP = 2;

interface Figures {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  bad: number;
}

async function load(label: string, url: string): Promise<Figures> {
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP, timeout: 10 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, timeout: 10 });
  return {
    label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    bad: r.non2xx + r.errors + r.timeouts,
  };
}

main(async () => {
  header('Throughput: one article page, three ways');
  out(
    `Page ${ARTICLE_PATH}; autocannon, ${CONNECTIONS} connections, ${DURATION} s per target after a ${WARMUP} s warm-up.`,
  );
  ensureBuild();
  const nginx = ensureNginx();

  const next = await startNext({ dataDir: tempDir('backwise-bench-data-') });
  const page = await fetch(next.url + ARTICLE_PATH);
  if (page.status !== 200) throw new Error(`${ARTICLE_PATH} answered ${page.status}`);
  const html = await page.text();
  out(
    `next start: ${next.url} (Cache-Control: ${page.headers.get('cache-control') ?? 'none'}, ${html.length} bytes of HTML)`,
  );

  const proxyDir = tempDir('backwise-bench-proxy-');
  const proxyPort = await freePort();
  const site = proxyConfigFrom(
    readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8'),
    proxyPort,
    next.port,
    path.join(proxyDir, 'cache'),
  );
  const proxy = await startNginx(nginx, proxyDir, mainConfig(proxyDir, site), proxyPort);
  const statuses: string[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await fetch(proxy.url + ARTICLE_PATH);
    await r.arrayBuffer();
    statuses.push(r.headers.get('x-cache-status') ?? 'none');
  }
  out(
    `production setup (deploy/nginx.conf): ${proxy.url}, X-Cache-Status on three requests: ${statuses.join(', ')}`,
  );
  if (statuses.at(-1) !== 'HIT')
    out(
      'WARNING: the proxy did not serve the article from its cache; figures (b) are for a pass-through proxy.',
    );

  const staticDir = tempDir('backwise-bench-static-');
  const www = path.join(staticDir, 'www');
  mkdirSync(path.join(www, path.dirname(ARTICLE_PATH)), { recursive: true });
  writeFileSync(path.join(www, `${ARTICLE_PATH}.html`), html);
  const staticPort = await freePort();
  const staticSite = staticSiteConfig(staticPort, www);
  const plain = await startNginx(nginx, staticDir, mainConfig(staticDir, staticSite), staticPort);
  out(`nginx static: ${plain.url} serving the saved HTML`);

  const a = await load('(a) next start', next.url + ARTICLE_PATH);
  const b = await load('(b) nginx cache + next start (deploy/nginx.conf)', proxy.url + ARTICLE_PATH);
  const c = await load('(c) nginx static HTML', plain.url + ARTICLE_PATH);
  await Promise.all([plain.stop(), proxy.stop(), next.stop()]);

  out();
  out(
    table(
      ['target', 'requests/s', 'p50 ms', 'p99 ms', '2xx', 'errors/non-2xx'],
      [a, b, c].map((f) => [
        f.label,
        fmt(f.rps, 0),
        fmt(f.p50, 0),
        fmt(f.p99, 0),
        String(f.ok),
        String(f.bad),
      ]),
    ),
  );
  out();
  out(
    `ratio (a)/(c) next start / nginx static:         ${fmt((100 * a.rps) / c.rps)}%  (spec: about 3% on 2 cores)`,
  );
  out(`ratio (b)/(c) production setup / nginx static:   ${fmt((100 * b.rps) / c.rps)}%  (spec: 50% or more)`);
  return a.bad + b.bad + c.bad === 0;
});
