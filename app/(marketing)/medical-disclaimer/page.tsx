import type { Metadata } from 'next';
import Link from 'next/link';
import { GetHelpNow } from '@/components/content/GetHelpNow';
import { UrgentNumber } from '@/components/ui/PhoneNumbers';
import { PageHeader } from '@/components/ui/PageHeader';
import { Prose } from '@/components/ui/Prose';

export const metadata: Metadata = {
  title: 'Medical disclaimer',
  description:
    'Backwise gives general information about lower back pain. It is not a diagnosis and does not replace care from a clinician.',
  alternates: { canonical: '/medical-disclaimer' },
};

export default function MedicalDisclaimerPage() {
  return (
    <>
      <PageHeader
        title="Medical disclaimer"
        lead="Our articles, exercises and self-check give general information. They are not a diagnosis."
      />
      <p className="max-w-3xl text-lg font-semibold">In an emergency, do not use this website.</p>
      <GetHelpNow />
      <Prose>
        <h2>What this site is</h2>
        <p>
          Backwise explains lower back pain linked to exercise and training, in plain words, based on research
          and clinical guidelines. It is written and reviewed by physical therapists.
        </p>
        <h2>What this site is not</h2>
        <ul>
          <li>
            It is not a diagnosis. Only a clinician who assesses you can tell what is causing your pain.
          </li>
          <li>It does not replace advice from your own doctor or physical therapist.</li>
          <li>
            The <Link href="/check">self-check</Link> sorts answers by published rules. It can be wrong, and
            it is meant for people aged 16 and over.
          </li>
        </ul>
        <h2>Exercises</h2>
        <p>
          Start gently. Some discomfort is normal when you move a sore back, but stop an exercise if pain
          spreads down your leg, you feel numbness or tingling, or the pain is sharp and does not settle when
          you stop.
        </p>
        <h2>If you are unsure</h2>
        <p>
          If your pain is getting worse, or you are worried, contact your doctor today, or call{' '}
          <UrgentNumber />.
        </p>
      </Prose>
    </>
  );
}
