import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// These start their own `next start` from the build the suite's web server made.
interface Run {
  code: number | null;
  output: string;
}

function startServer(
  env: Record<string, string>,
  untilReady = false,
  cwd = process.cwd(),
): { done: Promise<Run>; ready: Promise<void>; stop: () => void; output: () => string } {
  let output = '';
  const child = spawn(
    process.execPath,
    [path.resolve('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', '127.0.0.1'],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        APP_ENV: 'development',
        NEXT_TELEMETRY_DISABLED: '1',
        FORM_MIN_FILL_MS: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (untilReady && output.includes('database ready')) markReady();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const done = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, output })));
  // A server that exits before it is ready fails the test at once, with what it said.
  const readyOrExit = Promise.race([
    ready,
    done.then((run) =>
      Promise.reject(new Error(`server exited with ${run.code} before it was ready:\n${run.output}`)),
    ),
  ]);
  readyOrExit.catch(() => undefined);
  // Generous: a PGlite start on a shared 2-core machine has taken over a minute.
  const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  void done.then(() => clearTimeout(timer));
  return { done, ready: readyOrExit, stop: () => child.kill('SIGTERM'), output: () => output };
}

const port = () => String(4100 + Math.floor(Math.random() * 800));
const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'bw-'));

/** Everything production requires, with a staff password no list holds; each test removes what it checks. */
const production = {
  APP_ENV: 'production',
  SITE_URL: 'https://backwise.example',
  ADMIN_PASSWORD: 'tangerine-gravel-osprey-41',
  APP_SECRET: 's'.repeat(40),
  SMTP_URL: 'smtp://127.0.0.1:9',
  TRUST_PROXY: '0',
};

/**
 * A copy of the suite's build (made without APP_ENV=production) whose clinic phone numbers are no longer the
 * 555-01xx examples, which a production start refuses: the only way to start this repository in production.
 */
function buildWithRealNumbers(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bw-build-'));
  cpSync('.next', path.join(root, '.next'), {
    recursive: true,
    filter: (source) => !source.startsWith(path.resolve('.next', 'cache')),
  });
  for (const name of ['node_modules', 'package.json', 'next.config.mjs', 'lib', 'public'])
    symlinkSync(path.resolve(name), path.join(root, name));
  const server = path.join(root, '.next', 'server');
  for (const file of readdirSync(server, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(path.join(server, file), 'utf8');
    const real = text.replace(/555([\s().-]*)01(\d\d)/g, '555$121$2');
    if (real !== text) writeFileSync(path.join(server, file), real);
  }
  return root;
}

test.describe('start-up and logs', () => {
  test('refuses to start in production without the staff password, naming it', async () => {
    const run = await startServer({
      PORT: port(),
      APP_ENV: 'production',
      SITE_URL: 'https://backwise.example',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bw-')),
    }).done;
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('Backwise cannot start');
    expect(run.output).toContain('ADMIN_PASSWORD: required when APP_ENV=production');
  });

  test('refuses to start in production without APP_SECRET, or with example phone numbers, naming them', async () => {
    const [noSecret, examples] = await Promise.all([
      startServer({ ...production, APP_SECRET: '', PORT: port(), DATA_DIR: dataDir() }).done,
      startServer({ ...production, PORT: port(), DATA_DIR: dataDir() }).done,
    ]);
    expect(noSecret.code).not.toBe(0);
    expect(noSecret.output).toContain('APP_SECRET: required when APP_ENV=production');
    expect(examples.code).not.toBe(0);
    expect(examples.output).toContain('Backwise cannot start');
    expect(examples.output).toContain('clinic.phone: example number');
    expect(examples.output).toContain('clinic.nonEmergency.phone: example number');
  });

  test('rate limits key on the connection, and on X-Forwarded-For only with TRUST_PROXY', async ({
    request,
  }) => {
    test.setTimeout(330_000);
    const attempts = async (base: string) => {
      const statuses: number[] = [];
      // Each attempt claims a new address; only a trusted proxy may say who the client is.
      for (let i = 0; i < 4; i += 1) {
        const response = await request.post(`${base}/api/bookings`, {
          data: { type: 'clinic' },
          headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
        });
        statuses.push(response.status());
      }
      return statuses;
    };
    const common = { BOOKING_RATE_LIMIT: '3', ADMIN_PASSWORD: 'limit-test-password-1' };
    // One server at a time: each start-up has its own time budget on a busy machine.
    // The test connects from loopback, the default TRUSTED_PROXIES: with another list it is a client like
    // any other, and the X-Forwarded-For it writes is ignored.
    for (const [trust, proxies, expected] of [
      ['0', '127.0.0.0/8', [422, 422, 422, 429]],
      ['1', '127.0.0.0/8', [422, 422, 422, 422]],
      ['1', '10.9.9.9', [422, 422, 422, 429]],
    ] as const) {
      const p = port();
      const server = startServer(
        { ...common, PORT: p, TRUST_PROXY: trust, TRUSTED_PROXIES: proxies, DATA_DIR: dataDir() },
        true,
      );
      try {
        await server.ready;
        const label = `TRUST_PROXY=${trust} TRUSTED_PROXIES=${proxies}`;
        expect(await attempts(`http://127.0.0.1:${p}`), label).toEqual([...expected]);
        // A proxy seen while TRUST_PROXY is off is worth one warning, not one per request.
        const warnings = server.output().split('X-Forwarded-For but TRUST_PROXY is off').length - 1;
        expect(warnings, label).toBe(trust === '0' ? 1 : 0);
      } finally {
        server.stop();
        await server.done;
      }
    }
  });

  test('refuses to start in production without SMTP_URL, without TRUST_PROXY, or with a common staff password', async () => {
    const without = (name: string) =>
      Object.fromEntries(Object.entries(production).filter(([k]) => k !== name));
    const runs = await Promise.all(
      [without('SMTP_URL'), without('TRUST_PROXY'), { ...production, ADMIN_PASSWORD: 'qwerty123456' }].map(
        (env) => startServer({ ...env, PORT: port(), DATA_DIR: dataDir() }).done,
      ),
    );
    const [smtp, trust, common] = runs.map((run) => {
      expect(run.code).not.toBe(0);
      expect(run.output).toContain('Backwise cannot start');
      return run.output;
    });
    expect(smtp).toContain('SMTP_URL: required when APP_ENV=production');
    expect(trust).toContain('TRUST_PROXY: required when APP_ENV=production');
    expect(common).toContain('ADMIN_PASSWORD: a common password');
    for (const output of [smtp, trust, common]) expect(output).not.toContain('database ready');
  });

  test('refuses NODE_ENV=production without APP_ENV, naming APP_ENV, and prints no staff password', async () => {
    const run = await startServer({ APP_ENV: '', PORT: port(), DATA_DIR: dataDir() }).done;
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('APP_ENV: required when NODE_ENV=production');
    expect(run.output).not.toContain('generated a staff password');
  });

  test('a second process on one PGlite folder refuses, naming it, and the first keeps serving', async ({
    request,
  }) => {
    test.setTimeout(150_000);
    const folder = dataDir();
    const p = port();
    const first = startServer({ PORT: p, DATA_DIR: folder }, true);
    try {
      await first.ready;
      const second = await startServer({ PORT: port(), DATA_DIR: folder }).done;
      expect(second.code).not.toBe(0);
      expect(second.output).toContain('Backwise cannot start');
      expect(second.output).toContain(`the embedded database in ${path.join(folder, 'pglite')} is in use`);
      const health = await request.get(`http://127.0.0.1:${p}/api/health`).catch((error: unknown) => {
        throw new Error(`the first server stopped answering: ${String(error)}\n${first.output()}`);
      });
      expect(health.status()).toBe(200);
    } finally {
      first.stop();
      await first.done;
    }
  });

  test('a build made without APP_ENV=production serves HSTS once started with it, on every kind of route', async ({
    request,
  }) => {
    test.setTimeout(240_000);
    const p = port();
    const server = startServer({ ...production, PORT: p, DATA_DIR: dataDir() }, true, buildWithRealNumbers());
    try {
      await server.ready;
      const base = `http://127.0.0.1:${p}`;
      for (const [where, status] of [
        ['/articles', 200],
        ['/api/health', 200],
        ['/no-such-page', 404],
        ['/book?type=clinic', 200],
      ] as const) {
        const response = await request.get(`${base}${where}`, { maxRedirects: 0 });
        expect(response.status(), where).toBe(status);
        expect(response.headers()['strict-transport-security'], where).toContain('max-age=63072000');
        expect(response.headers()['content-security-policy'], where).toContain('upgrade-insecure-requests');
        expect(response.headers()['x-content-type-options'], where).toBe('nosniff');
      }
    } finally {
      server.stop();
      await server.done;
    }
  });

  test('refuses a malformed variable, naming it', async () => {
    const run = await startServer({
      PORT: port(),
      DATABASE_URL: 'mysql://nope',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bw-')),
    }).done;
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('DATABASE_URL: must start with postgres://');
  });

  test('logs are structured and hold no personal or health data', async ({ request }) => {
    const p = port();
    const server = startServer(
      {
        PORT: p,
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bw-')),
        ADMIN_PASSWORD: 'log-test-password-1',
        SITE_URL: `http://127.0.0.1:${p}`,
      },
      true,
    );
    try {
      await server.ready;
      const base = `http://127.0.0.1:${p}`;
      const slots = (await (await request.get(`${base}/api/slots?type=telehealth&days=14`)).json()) as {
        slots: { start: string }[];
      };
      const booked = await request.post(`${base}/api/bookings`, {
        data: {
          type: 'telehealth',
          start: slots.slots[0]?.start,
          name: 'Zelda Privatename',
          email: 'zelda.private@example.com',
          phone: '312 555 0177',
          note: 'secret-note-marker',
          consent: true,
        },
      });
      expect(booked.status()).toBe(201);
      const triage = await request.post(`${base}/api/triage`, {
        data: { age: 34, emergency: ['saddle-numbness'], urgent: [] },
      });
      expect(triage.status()).toBe(200);
      expect(await triage.json()).toMatchObject({ outcome: 'emergency' });
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const log = server.output();
      expect(log).toContain('"msg":"outbox delivered"');
      for (const secret of [
        'Zelda',
        'zelda.private@example.com',
        '555 0177',
        'secret-note-marker',
        'saddle-numbness',
      ]) {
        expect(log, `server log must not contain ${secret}`).not.toContain(secret);
      }
    } finally {
      server.stop();
      await server.done;
    }
  });
});
