// The clinic's facts in one place. Edit here; start-up validates this file and refuses to run on a bad field.
// Phone numbers in the 555-01xx range are reserved for fiction: with APP_ENV=production the server refuses to
// start while any is left (lib/clinic/exampleNumbers.ts).
//
// The schedule (hours, visit length, closed dates, clinicians, notice, horizon) is NOT kept here: staff edit it at
// /admin/schedule and the database holds it. `scheduleSeed` below only fills an empty database, once.

export const clinicConfig = {
  name: 'Backwise Physical Therapy',
  shortName: 'Backwise',
  address: {
    street: '1200 W Lake St, Suite 300',
    city: 'Chicago',
    region: 'IL',
    postalCode: '60607',
    country: 'US',
  },
  phone: '+1 312 555 0142', // example number: replace before going live
  email: 'hello@backwise.example',
  timeZone: 'America/Chicago',
  emergencyNumber: '911',
  // example number: replace before going live
  nonEmergency: { label: '24-hour nurse advice line', phone: '+1 312 555 0199' },
  visitTypes: {
    clinic: {
      label: 'In the clinic',
      description: 'An assessment in our Chicago clinic.',
    },
    telehealth: {
      label: 'By video',
      description: 'A video call with a physical therapist, from home.',
    },
  },
};

// Opening hours that several days share. Give a day its own list to change that day alone.
const clinicDayWithLunch = [
  { open: '08:00', close: '12:30' },
  { open: '13:30', close: '18:00' },
];
const videoMorningAndEvening = [
  { open: '07:00', close: '09:00' },
  { open: '18:00', close: '20:00' },
];
const videoLunchtime = [{ open: '12:00', close: '14:00' }];

/** The first schedule, written to an empty database at start-up; after that, staff keep it at /admin/schedule. */
export const scheduleSeed = {
  clinicians: [
    {
      id: 'daniel-reyes',
      name: 'Daniel Reyes',
      credentials: 'PT, DPT, OCS',
      role: 'Orthopaedic clinical specialist',
      visitTypes: ['clinic'],
    },
    {
      id: 'maya-okafor',
      name: 'Maya Okafor',
      credentials: 'PT, DPT',
      role: 'Physical therapist',
      visitTypes: ['clinic', 'telehealth'],
    },
    {
      id: 'sam-lindqvist',
      name: 'Sam Lindqvist',
      credentials: 'PT, DPT, SCS',
      role: 'Sports clinical specialist',
      visitTypes: ['clinic', 'telehealth'],
    },
  ],
  hours: {
    clinic: {
      mon: clinicDayWithLunch,
      tue: clinicDayWithLunch,
      wed: clinicDayWithLunch,
      thu: [{ open: '10:00', close: '19:00' }],
      fri: [{ open: '08:00', close: '15:00' }],
      sat: [{ open: '09:00', close: '12:00' }],
    },
    telehealth: {
      mon: videoMorningAndEvening,
      tue: videoLunchtime,
      wed: videoMorningAndEvening,
      thu: videoLunchtime,
      fri: [{ open: '15:00', close: '17:00' }],
    },
  },
  // How long one visit lasts; every slot of that type is this long.
  slotMinutes: { clinic: 45, telehealth: 30 },
  closures: [
    { from: '2026-12-24', to: '2026-12-25', reason: 'Christmas' },
    { from: '2026-12-31', to: '2027-01-01', reason: 'New Year' },
    { from: '2027-05-31', to: '2027-05-31', reason: 'Memorial Day' },
    { from: '2027-07-05', to: '2027-07-05', reason: 'Independence Day (observed)' },
  ],
  minNoticeMinutes: 120,
  horizonDays: 28,
};
