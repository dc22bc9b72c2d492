import type { Metadata } from 'next';
import Link from 'next/link';
import { loginAction } from '../actions';
import {
  addClinicianAction,
  addClosureAction,
  cancelBookingAction,
  keepBookingAction,
  removeClosureAction,
  saveHoursAction,
  saveSettingsAction,
  updateClinicianAction,
} from './actions';
import { StaffLogin } from '@/components/staff/StaffLogin';
import { AffectedBookings } from '@/components/staff/schedule/AffectedBookings';
import { ClinicianForm } from '@/components/staff/schedule/ClinicianForm';
import { ClosureForm } from '@/components/staff/schedule/ClosureForm';
import { ClosureList } from '@/components/staff/schedule/ClosureList';
import { HoursForm } from '@/components/staff/schedule/HoursForm';
import { ScheduleHistory } from '@/components/staff/schedule/ScheduleHistory';
import { SettingsForm } from '@/components/staff/schedule/SettingsForm';
import { StatusNotice } from '@/components/staff/StatusNotice';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section as UiSection } from '@/components/ui/Section';
import { clinic, visitTypes } from '@/lib/clinic';
import { weekdays } from '@/lib/clinic/weekdays';
import { getDb } from '@/lib/db';
import { firstParam, type SearchParams } from '@/lib/booking/params';
import { bookingsOutsideSchedule } from '@/lib/booking/scheduleImpact';
import { localDate } from '@/lib/booking/slots';
import { zoneLabel } from '@/lib/booking/visit';
import { loadSchedule, recentChanges, type ScheduleClinician, type WeeklyHours } from '@/lib/schedule';
import { PERIODS_PER_DAY, periodField } from '@/lib/schedule/names';
import { hasStaffSession } from '@/app/(staff)/admin/staffAuth';

export const metadata: Metadata = { title: 'Schedule', robots: { index: false, follow: false } };

interface Props {
  searchParams: Promise<SearchParams>;
}

const notices: Record<string, string> = {
  saved: 'Saved. The booking pages use it from the next request.',
  'closure-removed': 'The clinic is open again on those dates.',
  kept: 'Booking kept. It stays as booked.',
  cancelled: 'Booking cancelled. The reader has been emailed.',
  'already-cancelled': 'That booking was already cancelled. Nothing was changed and no mail was sent.',
  started: 'That visit has already started or passed, so it was not cancelled. No mail was sent.',
  'not-found': 'That item no longer exists. Nothing was changed.',
  busy: 'The schedule is busy. Please try again.',
  rate: 'Too many changes from your connection. Wait a few minutes and try again.',
};

function hoursValues(hours: WeeklyHours): Record<string, string> {
  const values: Record<string, string> = {};
  for (const day of weekdays)
    for (let i = 0; i < PERIODS_PER_DAY; i += 1) {
      const p = hours[day]?.[i];
      values[periodField(day, i, 'open')] = p?.open ?? '';
      values[periodField(day, i, 'close')] = p?.close ?? '';
    }
  return values;
}

const clinicianValues = (c: ScheduleClinician): Record<string, string> => ({
  name: c.name,
  credentials: c.credentials,
  role: c.role,
  visitTypes: c.visitTypes.join(','),
  active: c.active ? 'yes' : '',
  videoUrl: c.videoUrl ?? '',
});

const typeOptions = visitTypes.map((t) => ({ value: t, label: clinic.visitTypes[t].label }));

/** The page's sections, spaced and titled alike. */
function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <UiSection id={id} title={title} className="mb-10" headingClassName="mb-3 text-2xl font-bold">
      {children}
    </UiSection>
  );
}

/** One form per clinician, then one to add a clinician. */
function CliniciansSection({ clinicians, version }: { clinicians: ScheduleClinician[]; version: number }) {
  return (
    <Section id="clinicians" title="Clinicians">
      <div className="grid gap-6 lg:grid-cols-2">
        {clinicians.map((c) => (
          <ClinicianForm
            key={c.id}
            action={updateClinicianAction}
            version={version}
            id={c.id}
            title={c.name}
            options={typeOptions}
            saved={clinicianValues(c)}
            submitLabel={`Save ${c.name}`}
          />
        ))}
        <ClinicianForm
          action={addClinicianAction}
          version={version}
          title="Add a clinician"
          options={typeOptions}
          saved={{ active: 'yes', visitTypes: '' }}
          submitLabel="Add this clinician"
        />
      </div>
    </Section>
  );
}

export default async function SchedulePage({ searchParams }: Props) {
  const query = await searchParams;
  if (!(await hasStaffSession())) return <StaffLogin action={loginAction} />;
  const db = await getDb();
  const now = new Date();
  const schedule = await loadSchedule(db);
  const [affected, changes] = await Promise.all([
    bookingsOutsideSchedule(db, clinic, now, schedule),
    recentChanges(db, 20),
  ]);
  const today = localDate(now, clinic.timeZone);
  const notice = firstParam(query, 'notice');
  // After a save moves the version on, each form shows what was saved rather than its last answer.
  const v = schedule.version;
  return (
    <>
      <PageHeader
        title="Schedule"
        lead={`Opening hours, closed dates and clinicians. Times in ${zoneLabel(clinic.timeZone, now)}.`}
      >
        <Link href="/admin" className="text-sm">
          Back to bookings
        </Link>
      </PageHeader>
      <StatusNotice text={notice ? notices[notice] : undefined} />
      <AffectedBookings
        affected={affected}
        clinicians={schedule.clinicians}
        cancel={cancelBookingAction}
        keep={keepBookingAction}
      />
      <Section id="closed-dates" title="Closed dates">
        <ClosureList closures={schedule.closures.filter((c) => c.to >= today)} remove={removeClosureAction} />
        <h3 className="mb-2 text-xl font-semibold">Close a date or a range</h3>
        <ClosureForm action={addClosureAction} version={v} />
      </Section>
      {visitTypes.map((type) => (
        <Section key={type} id={`hours-${type}`} title={`Opening hours: ${clinic.visitTypes[type].label}`}>
          <HoursForm
            action={saveHoursAction}
            version={v}
            type={type}
            label={clinic.visitTypes[type].label}
            saved={{
              ...hoursValues(schedule.hours[type]),
              slotMinutes: String(schedule.slotMinutes[type]),
            }}
          />
        </Section>
      ))}
      <CliniciansSection clinicians={schedule.clinicians} version={v} />
      <Section id="notice-horizon" title="Notice and horizon">
        <SettingsForm
          action={saveSettingsAction}
          version={v}
          saved={{
            minNoticeMinutes: String(schedule.minNoticeMinutes),
            horizonDays: String(schedule.horizonDays),
          }}
        />
      </Section>
      <Section id="history" title="History">
        <ScheduleHistory changes={changes} timeZone={clinic.timeZone} />
      </Section>
    </>
  );
}
