import type { BookingRow } from '../db/schema';
import type { Executor } from '../db/types';
import { toCsv } from './adminViews';
import { bookingsAfter, type BookingKey } from './queries';

/** Rows read per database round trip while the export streams. */
export const CSV_BATCH = 500;

interface CsvExport {
  from: Date;
  to: Date;
  header: string[];
  cells: (row: BookingRow) => string[];
  batchSize?: number;
}

/**
 * The bookings from `from` to `to` as a CSV stream: the header, then one batch at a time (keyset by start and
 * id), so memory stays at one batch however long the export is.
 */
export function bookingsCsvStream(db: Executor, csv: CsvExport): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const size = csv.batchSize ?? CSV_BATCH;
  let after: BookingKey | undefined;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(toCsv([csv.header])));
        return;
      }
      const rows = await bookingsAfter(db, csv.from, csv.to, after, size);
      if (rows.length > 0) controller.enqueue(encoder.encode(toCsv(rows.map(csv.cells))));
      const last = rows.at(-1);
      if (rows.length < size || !last) controller.close();
      else after = { startAt: last.startAt, id: last.id };
    },
  });
}
