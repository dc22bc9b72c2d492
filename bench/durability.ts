// Durability: book under load, kill -9 the server mid-load, restart it on the same data, and check that every
// booking that was answered 201 is still there and confirmed, on PGlite (same DATA_DIR) and on PostgreSQL.
// Usage: npm run bench:durability   (BENCH_KILL_AFTER=40 answered bookings before the kill; BENCH_PG_URL)
import path from 'node:path';
import { main, tempDir } from './lib/cleanup';
import { countStatus, freeSlots, postBooking, type BookingAnswer } from './lib/http';
import { ensureBuild, startNext } from './lib/next';
import { header, out } from './lib/output';
import { onEachDatabase, type DatabaseKind } from './lib/postgres';
import { sleep } from './lib/process';
import { table } from './lib/table';

const CLIENTS = 10;
const KILL_AFTER = Number(process.env.BENCH_KILL_AFTER ?? 40);
const KILL_DEADLINE_MS = 20_000;

/** ids of confirmed bookings, read straight from the database with the server stopped. */
async function confirmedIds(kind: DatabaseKind, dataDir: string, databaseUrl?: string): Promise<Set<string>> {
  const query = "select id from bookings where status = 'confirmed'";
  if (kind === 'PostgreSQL') {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return new Set((await client.query<{ id: string }>(query)).rows.map((r) => r.id));
    } finally {
      await client.end();
    }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(path.join(dataDir, 'pglite'));
  try {
    return new Set((await db.query<{ id: string }>(query)).rows.map((r) => r.id));
  } finally {
    await db.close();
  }
}

async function run(kind: DatabaseKind, databaseUrl: string | undefined, rows: string[][]): Promise<boolean> {
  const dataDir = tempDir('backwise-bench-durability-');
  const first = await startNext({ dataDir, databaseUrl });
  const slots = await freeSlots(first.url, 'clinic');
  const answers: BookingAnswer[] = [];
  let serial = 0;
  let killed = false;
  const started = Date.now();
  const workers = Array.from({ length: CLIENTS }, async () => {
    // Bounded: at most 3 bookings per slot (its clinicians), and the kill below ends the loop.
    while (!killed && serial < slots.length * 3 && Date.now() - started < KILL_DEADLINE_MS + 10_000) {
      const n = serial++;
      const slot = slots[n % slots.length];
      if (!slot) break;
      answers.push(await postBooking(first.url, 'clinic', slot.start, `durable-${kind}-${n}`, 15_000));
    }
  });
  while (
    answers.filter((a) => a.status === 201 && !a.bodyLost).length < KILL_AFTER &&
    Date.now() - started < KILL_DEADLINE_MS
  )
    await sleep(5);
  const inFlightAtKill = serial - answers.length;
  killed = true;
  await first.kill9();
  await Promise.all(workers);

  // A 201 counts once its whole body (id and manage link) reached the client; a status line cut off by the
  // kill is reported apart: the client never learned its booking was made.
  const created = answers.filter((a) => a.status === 201 && !a.bodyLost);
  const cutOff = answers.filter((a) => a.status === 201 && a.bodyLost).length;
  const noAnswer = countStatus(answers, 0);
  const second = await startNext({ dataDir, databaseUrl });
  let present = 0;
  for (const booking of created) {
    const token = booking.manageUrl?.split('/book/manage/')[1];
    const page = token
      ? await fetch(`${second.url}/book/manage/${token}`, { signal: AbortSignal.timeout(15_000) })
      : undefined;
    const html = page ? await page.text() : '';
    if (page?.status === 200 && html.includes('Your booking') && !html.includes('Booking cancelled'))
      present++;
  }
  await second.stop();
  const ids = await confirmedIds(kind, dataDir, databaseUrl);
  const inDb = created.filter((b) => b.id !== undefined && ids.has(b.id)).length;
  const pass = present === created.length && inDb === created.length && created.length > 0;
  rows.push([
    kind,
    String(serial),
    String(created.length),
    String(cutOff),
    String(answers.filter((a) => a.status !== 201 && a.status !== 0).length),
    String(inFlightAtKill),
    String(noAnswer),
    String(present),
    String(inDb),
    String(ids.size),
    String(created.length - Math.min(present, inDb)),
    pass ? 'PASS' : 'FAIL',
  ]);
  return pass;
}

main(async () => {
  header('Durability: kill -9 under booking load, restart, every 201 still confirmed');
  out(
    `${CLIENTS} clients book distinct clinic slots; SIGKILL to the whole server process group after ${KILL_AFTER} bookings were answered 201.`,
  );
  out(
    'Checked after restart on the same data: GET /book/manage/<token> answers 200 with the booking active, and the row is confirmed in the database.',
  );
  ensureBuild();
  const rows: string[][] = [];
  const ok = await onEachDatabase('durability', (kind, url) => run(kind, url, rows));
  out();
  out(
    table(
      [
        'database',
        'sent',
        '201 before kill',
        '201 cut off',
        'other 4xx',
        'in flight at kill',
        'no answer',
        '201s found via manage page',
        '201s confirmed in DB',
        'confirmed rows in DB',
        'missing',
        'result',
      ],
      rows,
    ),
  );
  out(
    'Rows in the database can exceed the 201s: a request in flight at the kill may have committed without its answer arriving.',
  );
  return ok;
});
