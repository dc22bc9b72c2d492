import type { Labels } from '@/lib/progress/labels';

/** Phone numbers from the clinic config, passed down by the server page (the config is not client code). */
export interface Contacts {
  emergency: { number: string; href: string };
  nonEmergency: { label: string; phone: string; href: string };
}

/** What the server page hands the tracker: words and lists from the self-check, and the clinic's numbers. */
export interface TrackerSetup {
  labels: Labels;
  emergencyItems: string[];
  urgentItems: string[];
  /** Every self-check `activity` value, in the self-check's order. */
  activities: string[];
  contacts: Contacts;
}
