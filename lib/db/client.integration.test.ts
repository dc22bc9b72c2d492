import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, ping } from './client';
import { bookings } from './schema';
import { engines } from './testing';

const all = await engines();

describe.each(all)('database on $name', (engine) => {
  it.skipIf(engine.skip)(
    'migrates, answers a query and enforces one confirmed booking per clinician and start',
    async () => {
      const t = await engine.create();
      try {
        expect(await ping(t.db)).toBe(true);
        const row = {
          type: 'clinic' as const,
          startAt: new Date('2026-12-01T15:00:00Z'),
          endAt: new Date('2026-12-01T15:45:00Z'),
          clinicianId: 'maya-okafor',
          name: 'Ada',
          email: 'ada@example.com',
          phone: '555 0100',
        };
        await t.db.insert(bookings).values({ ...row, manageTokenHash: 'a' });
        await expect(t.db.insert(bookings).values({ ...row, manageTokenHash: 'b' })).rejects.toMatchObject({
          cause: expect.objectContaining({ code: '23505' }),
        });
        // A cancelled booking frees the place for another.
        await t.db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.manageTokenHash, 'a'));
        await t.db.insert(bookings).values({ ...row, manageTokenHash: 'c' });
        expect(await t.db.$count(bookings)).toBe(2);
      } finally {
        await t.destroy();
      }
    },
    // Opening a fresh embedded database compiles PGlite's WASM: slow on a busy 2-core machine.
    90_000,
  );

  it.skipIf(engine.skip)(
    'refuses two confirmed bookings of one clinician that overlap in time (exclusion constraint, 23P01)',
    async () => {
      const t = await engine.create();
      try {
        const base = { clinicianId: 'maya-okafor', name: 'Ada', email: 'ada@example.com', phone: '555 0100' };
        // A 45-minute clinic visit at 10:00 and a 30-minute video call at 10:30: different starts, same clinician.
        await t.db.insert(bookings).values({
          ...base,
          type: 'clinic',
          startAt: new Date('2026-12-01T16:00:00Z'),
          endAt: new Date('2026-12-01T16:45:00Z'),
          manageTokenHash: 'x1',
        });
        const overlapping = {
          ...base,
          type: 'telehealth' as const,
          startAt: new Date('2026-12-01T16:30:00Z'),
          endAt: new Date('2026-12-01T17:00:00Z'),
          manageTokenHash: 'x2',
        };
        await expect(t.db.insert(bookings).values(overlapping)).rejects.toMatchObject({
          cause: expect.objectContaining({ code: '23P01' }),
        });
        // Back to back is fine, and so is an overlap with another clinician or a cancelled booking.
        await t.db.insert(bookings).values({
          ...overlapping,
          startAt: new Date('2026-12-01T16:45:00Z'),
          endAt: new Date('2026-12-01T17:15:00Z'),
        });
        await t.db
          .insert(bookings)
          .values({ ...overlapping, clinicianId: 'sam-lindqvist', manageTokenHash: 'x3' });
        await t.db.insert(bookings).values({ ...overlapping, status: 'cancelled', manageTokenHash: 'x4' });
        expect(await t.db.$count(bookings)).toBe(4);
      } finally {
        await t.destroy();
      }
    },
    // Opening a fresh embedded database compiles PGlite's WASM: slow on a busy 2-core machine.
    90_000,
  );
});

describe('embedded database durability', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'backwise-kill-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second process on the folder, and keeps a committed row after the first is killed with SIGKILL', async () => {
    const dir = path.join(root, 'db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'durability.fixture.ts'), dir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const committed = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /committed (\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`fixture exited early with ${code}: ${out}`)));
    });
    // One process per folder: while the fixture holds it, opening it here is refused, naming the folder.
    await expect(openDb({ kind: 'pglite', dir })).rejects.toThrow(
      `the embedded database in ${dir} is in use by another process (pid ${child.pid})`,
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const reopened = await openDb({ kind: 'pglite', dir });
    try {
      const rows = await reopened.db.select().from(bookings).where(eq(bookings.manageTokenHash, committed));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.name).toBe('Durable Dana');
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
