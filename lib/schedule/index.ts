// The schedule staff keep at /admin/schedule: hours, closed dates, clinicians, notice and horizon.
export {
  loadSchedule,
  scheduleVersion,
  seedSchedule,
  recentChanges,
  recordChange,
  ScheduleChangedError,
  type ChangeBy,
  type SaveBy,
} from './store';
export {
  addClinician,
  addClosure,
  removeClosure,
  saveHours,
  saveSettings,
  staffSessionLabel,
  updateClinician,
} from './saves';
export type {
  Closure,
  OpeningPeriod,
  Schedule,
  ScheduleChange,
  ScheduleClinician,
  WeeklyHours,
} from './types';
export { clinicianName, type ClinicianNames } from './clinicianName';
export { scheduleFromSeed } from './fromSeed';
export { initialFormState, type ScheduleFormAction, type ScheduleFormState } from './formState';
