import { eq } from 'drizzle-orm';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, type OutboxRow } from '../db/schema';
import { engines, type TestDb } from '../db/testing';
import { RETRY_FOR_MS, deliverDue, failedMails, retryMail } from './deliver';
import { fileTransport, type Transport } from './transport';

const HOUR = 60 * 60 * 1000;
const all = await engines();

async function queue(t: TestDb, at: Date, to = 'reader@example.com'): Promise<OutboxRow> {
  const [row] = await t.db
    .insert(outbox)
    .values({
      kind: 'booked',
      to,
      subject: 'Booked',
      text: 'Hello',
      nextAttemptAt: at,
      retrySince: at,
      createdAt: at,
    })
    .returning();
  if (!row) throw new Error('no row');
  return row;
}

async function rowOf(t: TestDb, id: string): Promise<OutboxRow> {
  const [row] = await t.db.select().from(outbox).where(eq(outbox.id, id));
  if (!row) throw new Error('row gone');
  return row;
}

const down: Transport = { send: () => Promise.reject(new Error('connect ECONNREFUSED')) };

describe.each(all)('mail delivery on $name', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    if (!engine.skip) t = await engine.create();
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it.skipIf(engine.skip)('a mail sent a day after it was queued is dated when it is sent', async () => {
    const queued = new Date('2026-12-05T12:00:00Z');
    const row = await queue(t, queued, 'late@example.com');
    const sentAt = new Date(queued.getTime() + 26 * HOUR);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'backwise-date-'));
    try {
      const result = await deliverDue(t.db, fileTransport(dir), 'c@example.com', sentAt, {
        clock: () => sentAt,
      });
      expect(result.sent).toBeGreaterThanOrEqual(1);
      const file = readdirSync(dir).find((f) => f.includes(row.id));
      const eml = readFileSync(path.join(dir, file ?? ''), 'utf8');
      expect(eml).toMatch(/^Date: Sun, 06 Dec 2026 14:00:00 \+0000$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(engine.skip)(
    'a 24-hour SMTP outage loses no mail: it is retried all day and sent once after',
    async () => {
      const t0 = new Date('2026-12-01T12:00:00Z');
      const row = await queue(t, t0);
      let now = t0;
      let attempts = 0;
      let longestGap = 0;
      // Drive the sender with a controlled clock: each run happens when the row next falls due.
      while (now.getTime() < t0.getTime() + 24 * HOUR) {
        attempts += (await deliverDue(t.db, down, 'c@example.com', now, { clock: () => now })).failed;
        const after = await rowOf(t, row.id);
        expect(after.status).toBe('pending');
        longestGap = Math.max(longestGap, after.nextAttemptAt.getTime() - now.getTime());
        now = after.nextAttemptAt;
      }
      expect(attempts).toBeGreaterThan(40);
      expect(longestGap).toBeLessThanOrEqual(30 * 60 * 1000);
      const sent: string[] = [];
      const up: Transport = { send: async (r) => void sent.push(r.id) };
      expect((await deliverDue(t.db, up, 'c@example.com', now, { clock: () => now })).sent).toBe(1);
      expect((await deliverDue(t.db, up, 'c@example.com', new Date(now.getTime() + HOUR))).sent).toBe(0);
      expect(sent).toEqual([row.id]);
      expect((await rowOf(t, row.id)).status).toBe('sent');
      process.stdout.write(
        `[figures] 24 h outage: ${attempts} attempts, longest gap ${longestGap / 60000} min, mail sent once after\n`,
      );
    },
  );

  it.skipIf(engine.skip)(
    'gives up only after two days, shows the mail to staff, and a retry sends it',
    async () => {
      const t0 = new Date('2026-12-05T12:00:00Z');
      const row = await queue(t, t0, 'failed-for-good@example.com');
      let now = t0;
      while ((await rowOf(t, row.id)).status === 'pending') {
        await deliverDue(t.db, down, 'c@example.com', now, { clock: () => now });
        now = (await rowOf(t, row.id)).nextAttemptAt;
      }
      expect(now.getTime() - t0.getTime()).toBeGreaterThanOrEqual(RETRY_FOR_MS);
      expect((await failedMails(t.db)).map((m) => m.id)).toContain(row.id);
      expect(await retryMail(t.db, row.id, now)).toBe(true);
      expect(await retryMail(t.db, row.id, now)).toBe(false);
      const sent: string[] = [];
      await deliverDue(t.db, { send: async (r) => void sent.push(r.to) }, 'c@example.com', now, {
        clock: () => now,
      });
      expect(sent).toEqual(['failed-for-good@example.com']);
      expect((await failedMails(t.db)).map((m) => m.id)).not.toContain(row.id);
    },
  );

  it.skipIf(engine.skip)(
    'a send that outlives its lease keeps it: a second sender does not send it again',
    async () => {
      const t0 = new Date('2026-12-10T12:00:00Z');
      const row = await queue(t, t0, 'slow@example.com');
      const sends: string[] = [];
      const slow: Transport = {
        send: async (r) => {
          await new Promise((resolve) => setTimeout(resolve, 700));
          sends.push(`a:${r.id}`);
        },
      };
      const fast: Transport = { send: async (r) => void sends.push(`b:${r.id}`) };
      const leaseMs = 200;
      const a = deliverDue(t.db, slow, 'c@example.com', t0, { leaseMs });
      // Well past the first lease: without renewal the row would be free for sender b.
      for (const wait of [350, 550]) {
        await new Promise((resolve) => setTimeout(resolve, wait - (wait === 550 ? 350 : 0)));
        const b = await deliverDue(t.db, fast, 'c@example.com', new Date(t0.getTime() + wait), { leaseMs });
        expect(b.sent).toBe(0);
      }
      expect((await a).sent).toBe(1);
      expect(sends).toEqual([`a:${row.id}`]);
      expect((await rowOf(t, row.id)).status).toBe('sent');
    },
  );

  it.skipIf(engine.skip)(
    'a mail past its not_after is marked expired, never sent, and not shown to staff as failed',
    async () => {
      const t0 = new Date('2026-12-15T12:00:00Z');
      const late = await queue(t, t0, 'too-late@example.com');
      const onTime = await queue(t, t0, 'on-time@example.com');
      await t.db.update(outbox).set({ notAfter: t0 }).where(eq(outbox.id, late.id));
      await t.db
        .update(outbox)
        .set({ notAfter: new Date(t0.getTime() + HOUR) })
        .where(eq(outbox.id, onTime.id));
      const sent: string[] = [];
      const up: Transport = { send: async (r) => void sent.push(r.to) };
      expect((await deliverDue(t.db, up, 'c@example.com', t0, { clock: () => t0 })).sent).toBe(1);
      expect(sent).toEqual(['on-time@example.com']);
      expect((await rowOf(t, late.id)).status).toBe('expired');
      expect((await rowOf(t, onTime.id)).status).toBe('sent');
      expect((await deliverDue(t.db, up, 'c@example.com', new Date(t0.getTime() + HOUR))).sent).toBe(0);
      expect((await failedMails(t.db)).map((m) => m.id)).not.toContain(late.id);
      expect(await retryMail(t.db, late.id, t0)).toBe(false);
    },
  );

  it.skipIf(engine.skip)(
    'a mail written to a file is recorded as written, never sent, in files only the server may read',
    async () => {
      const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'bw-outbox-')), 'outbox');
      const at = new Date('2026-12-03T09:00:00Z');
      const row = await queue(t, at, 'file@example.com');
      await deliverDue(t.db, fileTransport(dir), 'c@example.com', at, { clock: () => at });
      const after = await rowOf(t, row.id);
      expect(after.status).toBe('written');
      const [file] = readdirSync(dir).filter((f) => f.includes(row.id));
      expect(file).toMatch(/\.eml$/);
      expect(statSync(path.join(dir, file ?? '')).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    },
  );
});
