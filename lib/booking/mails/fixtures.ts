// Test data shared by the mail tests: one reader's booking, each test setting its own visit.
import type { BookingFacts } from './messages';

/** The booking's reader and what they attached, the part every mail test shares. */
export const readerFacts = {
  clinicianId: 'maya-okafor',
  name: 'Rae Reader',
  email: 'rae@example.com',
  phone: '312 555 0100',
  note: null,
  triageSummary: 'Age: 34',
} satisfies Partial<BookingFacts>;
