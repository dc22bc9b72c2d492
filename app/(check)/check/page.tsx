import type { Metadata } from 'next';
import { CheckWizard } from '@/components/check/CheckWizard';
import { initialWizardState } from '@/lib/triage/flow';
import { checkMinutes } from '@/lib/triage/readingTime';
import { wizardProps } from './wizardProps';

export const metadata: Metadata = {
  // No metadata title: the wizard renders its own <title> per step, with "Error: " when a step has an error,
  // and two <title> elements would leave browsers reading the first.
  title: null,
  description: `A free ${checkMinutes()}-minute self-check for low back pain from exercise: find out whether to get help now, see a doctor, book an assessment or look after it at home.`,
  alternates: { canonical: '/check' },
};

export default function CheckPage() {
  return <CheckWizard initial={initialWizardState} {...wizardProps()} />;
}
