import type { Metadata } from 'next';
import { PaperCheckIn } from '@/components/progress/PaperCheckIn';
import { PageHeader } from '@/components/ui/PageHeader';
import { defaultLabels } from '@/lib/progress/summary';
import { activityItems, emergencyItems, urgentItems } from '@/lib/triage/questions';

export const metadata: Metadata = {
  title: 'Weekly check-in on paper',
  description:
    'A printable weekly check-in for your back pain: the PEG questions, your training sessions and warning signs.',
  alternates: { canonical: '/progress/paper' },
};

export default function PaperCheckInPage() {
  const labels = defaultLabels();
  return (
    <>
      <PageHeader
        title="Weekly check-in on paper"
        lead="Print this page and fill it in once a week. Bring it to your assessment if you book one."
      />
      <PaperCheckIn
        activities={activityItems.map((a) => labels.activities[a] ?? a)}
        emergency={emergencyItems.map((i) => labels.flags[i] ?? i)}
        urgent={urgentItems.map((i) => labels.flags[i] ?? i)}
      />
    </>
  );
}
