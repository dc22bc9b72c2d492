/** What a schedule form's action hands back: the values as typed and one message per bad field. */
export interface ScheduleFormState {
  errors: Record<string, string>;
  values: Record<string, string>;
  /** Counts the server's answers, so the error summary takes focus once per failed submit. */
  round: number;
  /** The schedule version the answer was given at: once a save moves it on, the form shows the saved values. */
  version: number;
}

export const initialFormState: ScheduleFormState = { errors: {}, values: {}, round: 0, version: 0 };

export type ScheduleFormAction = (state: ScheduleFormState, form: FormData) => Promise<ScheduleFormState>;
