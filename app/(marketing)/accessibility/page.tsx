import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { Prose } from '@/components/ui/Prose';
import { clinic, displayPhone, telHref } from '@/lib/clinic';

export const metadata: Metadata = {
  title: 'Accessibility statement',
  description: 'How accessible the Backwise website is, how we test it, and how to tell us about a problem.',
  alternates: { canonical: '/accessibility' },
};

export default function AccessibilityPage() {
  return (
    <>
      <PageHeader title="Accessibility statement" lead="We want everyone to be able to use this website." />
      <Prose>
        <h2>What we aim for</h2>
        <p>
          We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. You should be able
          to:
        </p>
        <ul>
          <li>use the whole site, including the self-check and booking, with a keyboard alone;</li>
          <li>use it with a screen reader, with labelled forms and error messages that are read out;</li>
          <li>zoom to 200% and use a screen as narrow as 320 pixels without losing content;</li>
          <li>use the self-check and booking with JavaScript turned off;</li>
          <li>turn off animation with your device&apos;s reduced-motion setting.</li>
        </ul>
        <h2>How we test</h2>
        <p>
          Every page, every step of the self-check and every state of the booking form is checked by automated
          accessibility tests (axe) each time we change the site. We also check pages by hand with a keyboard.
        </p>
        <h2>Known problems</h2>
        <p>
          Automated tests catch only some problems. If something does not work for you, please tell us and we
          will fix it.
        </p>
        <h2>Contact us</h2>
        <p>
          Email <a href={`mailto:${clinic.email}`}>{clinic.email}</a> or call{' '}
          <a href={telHref(clinic.phone)}>{displayPhone(clinic.phone)}</a>. We aim to reply within 5 working
          days. If you need a booking made another way, call us and we will book it for you.
        </p>
        <p>This statement was prepared on November 20, 2026.</p>
      </Prose>
    </>
  );
}
