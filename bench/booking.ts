// Latency of POST /api/bookings at 1, 20 and 50 concurrent clients, on PGlite and on PostgreSQL, plus the race
// check: many concurrent requests for one slot get exactly as many 201s as the visit type has clinicians.
// Usage: npm run bench:booking   (BENCH_BOOKING_REQUESTS="40,200,300" requests per level; BENCH_PG_URL for PostgreSQL)
import { scheduleSeed } from '../lib/clinic/clinic.config';
import { main, tempDir } from './lib/cleanup';
import { countStatus as count, freeSlots, postBooking } from './lib/http';
import { ensureBuild, startNext } from './lib/next';
import { header, out } from './lib/output';
import { pool } from './lib/pool';
import { onEachDatabase, type DatabaseKind } from './lib/postgres';
import { fmt, percentile } from './lib/stats';
import { table } from './lib/table';

const LEVELS = [1, 20, 50];
const REQUESTS = (process.env.BENCH_BOOKING_REQUESTS ?? '40,200,300').split(',').map(Number);
const RACE_N = Number(process.env.BENCH_RACE_N ?? 20);
const LEVEL_DEADLINE_MS = 120_000;

async function measure(
  kind: DatabaseKind,
  databaseUrl: string | undefined,
  latencyRows: string[][],
  raceRows: string[][],
): Promise<boolean> {
  const server = await startNext({ dataDir: tempDir('backwise-bench-booking-'), databaseUrl });
  let ok = true;
  try {
    const clinic = await freeSlots(server.url, 'clinic');
    const telehealth = await freeSlots(server.url, 'telehealth');
    const raceClinic = clinic.at(-1);
    const raceVideo = telehealth.at(-1);
    if (!raceClinic || !raceVideo) throw new Error('no free slots to book');

    // Race first, on a fresh database, so every clinician of the slot is free.
    for (const [type, slot] of [
      ['clinic', raceClinic],
      ['telehealth', raceVideo],
    ] as const) {
      // A fresh database is seeded from the config, so its clinicians are the capacity.
      const capacity = scheduleSeed.clinicians.filter((c) => c.visitTypes.includes(type)).length;
      const answers = await Promise.all(
        Array.from({ length: RACE_N }, (_, i) =>
          postBooking(server.url, type, slot.start, `race-${kind}-${type}-${i}`),
        ),
      );
      const pass = count(answers, 201) === capacity && count(answers, 409) === RACE_N - capacity;
      ok &&= pass;
      raceRows.push([
        kind,
        type,
        slot.start,
        String(RACE_N),
        String(capacity),
        String(count(answers, 201)),
        String(count(answers, 409)),
        String(RACE_N - count(answers, 201) - count(answers, 409)),
        pass ? 'PASS' : 'FAIL',
      ]);
    }

    // Latency: round-robin over the remaining clinic slots, so concurrent requests mostly hit different slots.
    const slots = clinic.slice(0, -1);
    let serial = 0;
    for (const [i, clients] of LEVELS.entries()) {
      const total = REQUESTS[i] ?? 100;
      const t0 = performance.now();
      const answers = await pool(total, clients, LEVEL_DEADLINE_MS, async () => {
        const n = serial++;
        const slot = slots[n % slots.length];
        if (!slot) throw new Error('no slot');
        return postBooking(server.url, 'clinic', slot.start, `${kind}-${clients}-${n}`);
      });
      const seconds = (performance.now() - t0) / 1000;
      const ms = answers.map((a) => a.ms).sort((x, y) => x - y);
      const other = answers.length - count(answers, 201) - count(answers, 409);
      latencyRows.push([
        kind,
        String(clients),
        String(answers.length),
        String(count(answers, 201)),
        String(count(answers, 409)),
        String(other),
        fmt(percentile(ms, 50)),
        fmt(percentile(ms, 95)),
        fmt(percentile(ms, 99)),
        fmt(answers.length / seconds),
      ]);
      if (other > 0) ok = false;
    }
  } finally {
    await server.stop();
  }
  return ok;
}

main(async () => {
  header('Booking: POST /api/bookings latency and the one-slot race');
  out(
    `Clients ${LEVELS.join(', ')} with ${REQUESTS.join(', ')} requests; distinct emails; slots taken round-robin over the next 28 days (3 clinicians per clinic slot).`,
  );
  ensureBuild();
  const latencyRows: string[][] = [];
  const raceRows: string[][] = [];
  const ok = await onEachDatabase('booking', (kind, url) => measure(kind, url, latencyRows, raceRows));
  out();
  out('Latency (ms, client side, one request = one booking attempt):');
  out(
    table(
      ['database', 'clients', 'requests', '201', '409', 'other', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s'],
      latencyRows,
    ),
  );
  out();
  out(
    `Race: ${RACE_N} concurrent requests for one slot; expected 201s = clinicians offering that visit type, the rest 409:`,
  );
  out(
    table(['database', 'visit', 'slot', 'requests', 'capacity', '201', '409', 'other', 'result'], raceRows),
  );
  return ok;
});
