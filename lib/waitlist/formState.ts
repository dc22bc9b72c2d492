// What the join action hands back to the form; the reader's values always come back with it. No server code
// here: the browser imports it.
export interface JoinFormValues {
  type: string;
  from: string;
  to: string;
  name: string;
  email: string;
  phone: string;
}

export interface JoinFormState {
  status: 'idle' | 'error';
  errors: Record<string, string>;
  values: JoinFormValues;
  /** Set when the range has a free time now: where the reader can book it instead. */
  freeTimesUrl?: string;
  /** A fresh form stamp: the one the form was sent with is used up. */
  formStamp?: string;
  /** Counts the server's answers, so the error summary takes focus once per failed submit. */
  round: number;
}
