import type { Metadata } from 'next';
import { AboutTracker } from '@/components/progress/AboutTracker';
import { ProgressApp } from '@/components/progress/ProgressApp';
import type { TrackerSetup } from '@/components/progress/types';
import { PageHeader } from '@/components/ui/PageHeader';
import { clinic, displayPhone, telHref } from '@/lib/clinic';
import { defaultLabels } from '@/lib/progress/summary';
import { activityItems, emergencyItems, urgentItems } from '@/lib/triage/questions';

export const metadata: Metadata = {
  title: 'My recovery',
  description:
    'A weekly check-in for your back pain that stays on your device: your PEG score over the weeks, your return steps and when to get help.',
  alternates: { canonical: '/progress' },
};

export default function ProgressPage() {
  // The self-check's own lists, read here so the client gets plain data, never the question module.
  const setup: TrackerSetup = {
    labels: defaultLabels(),
    emergencyItems: [...emergencyItems],
    urgentItems: [...urgentItems],
    activities: [...activityItems],
    contacts: {
      emergency: { number: displayPhone(clinic.emergencyNumber), href: telHref(clinic.emergencyNumber) },
      nonEmergency: {
        label: clinic.nonEmergency.label,
        phone: displayPhone(clinic.nonEmergency.phone),
        href: telHref(clinic.nonEmergency.phone),
      },
    },
  };
  return (
    <>
      <PageHeader
        title="My recovery"
        lead="A short weekly check-in that stays on this device. See your score over the weeks, where you are in your return steps, and when to get help."
      />
      <noscript>
        <div className="space-y-3 rounded-md border-2 border-slate-600 p-5" data-nojs-message>
          <h2 className="text-xl font-bold">This tracker needs JavaScript</h2>
          <p>
            It keeps your check-ins only in this browser, never on our server, and that takes JavaScript. Turn
            it on to use the tracker here, or use the paper version.
          </p>
          <p>
            <a href="/progress/paper" className="btn-primary">
              Print the paper check-in
            </a>
          </p>
        </div>
      </noscript>
      <ProgressApp setup={setup} />
      <AboutTracker />
    </>
  );
}
