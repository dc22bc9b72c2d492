// Child process for the kill -9 test: writes one booking, reports it, then idles until killed.
import { randomBytes } from 'node:crypto';
import { openDb } from './client';
import { bookings } from './schema';

const dir = process.argv[2];
if (!dir) throw new Error('usage: durability.fixture.ts <pglite-dir>');
const handle = await openDb({ kind: 'pglite', dir });
const token = randomBytes(16).toString('hex');
await handle.db.insert(bookings).values({
  type: 'telehealth',
  startAt: new Date('2026-12-02T14:00:00Z'),
  endAt: new Date('2026-12-02T14:30:00Z'),
  clinicianId: 'sam-lindqvist',
  name: 'Durable Dana',
  email: 'dana@example.com',
  phone: '555 0101',
  manageTokenHash: token,
});
process.stdout.write(`committed ${token}\n`);
setInterval(() => undefined, 1000);
