import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
): { done: Promise<Run>; ready: Promise<void>; stop: () => void; output: () => string } {
  let output = '';
  const child = spawn(
    process.execPath,
    [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', '127.0.0.1'],
    {
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
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  void done.then(() => clearTimeout(timer));
  return { done, ready, stop: () => child.kill('SIGTERM'), output: () => output };
}

const port = () => String(4100 + Math.floor(Math.random() * 800));

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
    const production = {
      APP_ENV: 'production',
      SITE_URL: 'https://backwise.example',
      ADMIN_PASSWORD: 'production-password-1',
    };
    const [noSecret, examples] = await Promise.all([
      startServer({ ...production, PORT: port(), DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bw-')) }).done,
      startServer({
        ...production,
        APP_SECRET: 's'.repeat(40),
        PORT: port(),
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bw-')),
      }).done,
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
    test.setTimeout(150_000);
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
    for (const [trust, expected] of [
      ['0', [422, 422, 422, 429]],
      ['1', [422, 422, 422, 422]],
    ] as const) {
      const p = port();
      const server = startServer(
        { ...common, PORT: p, TRUST_PROXY: trust, DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bw-')) },
        true,
      );
      try {
        await server.ready;
        expect(await attempts(`http://127.0.0.1:${p}`), `TRUST_PROXY=${trust}`).toEqual([...expected]);
      } finally {
        server.stop();
        await server.done;
      }
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
