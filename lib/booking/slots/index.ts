// Public surface of slot generation. Pure functions only: pass the current time in.
export { freeSlots, isClosedOn, slotIsOffered, slotRulesFor } from './freeSlots';
export type {
  BusyInterval,
  ClinicSlotFacts,
  DateRange,
  FreeSlotsArgs,
  OpeningPeriod,
  ScheduleSlotFacts,
  Slot,
  SlotRules,
  VisitTypeId,
} from './freeSlots';
export { addDays, formatTime, parseDate, parseTime, weekdayOf } from './calendar';
export type { Weekday } from './calendar';
export { localDate, zonedTimeToInstant } from './zone';
export { parseOffsetIso, toOffsetIso } from './iso';
export { formatSlotDay, formatSlotTime } from './format';
