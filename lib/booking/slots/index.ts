// Public surface of slot generation. Pure functions only: pass the current time in.
export { freeSlots, slotIsOffered, slotRulesFor } from './freeSlots';
export type {
  BusyInterval,
  ClinicSlotFacts,
  FreeSlotsArgs,
  OpeningPeriod,
  Slot,
  SlotRules,
  VisitTypeId,
} from './freeSlots';
export { addDays, parseDate } from './calendar';
export type { Weekday } from './calendar';
export { localDate, zonedTimeToInstant } from './zone';
export { parseOffsetIso, toOffsetIso } from './iso';
export { formatSlotDay, formatSlotTime } from './format';
