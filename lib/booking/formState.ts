import type { SlotView } from './availability';

export interface BookingFormValues {
  name: string;
  email: string;
  phone: string;
  note: string;
  attachSummary: boolean;
}

/** What the booking action hands back to the form: the reader's values always come back with it. */
export interface BookingFormState {
  status: 'idle' | 'error' | 'slot-taken';
  errors: Record<string, string>;
  values: BookingFormValues;
  freshSlots?: SlotView[];
  /** A fresh form stamp: the one the form was sent with is used up. */
  formStamp?: string;
  /** Counts the server's answers, so the error summary takes focus once per failed submit. */
  round: number;
}

export const emptyValues: BookingFormValues = {
  name: '',
  email: '',
  phone: '',
  note: '',
  attachSummary: false,
};
