import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/PageHeader';
import { Prose } from '@/components/ui/Prose';
import { clinic, displayPhone, formatAddress, telHref } from '@/lib/clinic';
import { scheduleSeed } from '@/lib/clinic/seed';

export const metadata: Metadata = {
  title: 'About us',
  description: `Who writes and reviews Backwise: the physical therapists of ${clinic.name}, and how we keep our advice accurate.`,
  alternates: { canonical: '/about' },
};

// A static page: it lists the team as first seeded (lib/clinic/clinic.config.ts), not the live schedule.
export default function AboutPage() {
  return (
    <>
      <PageHeader
        title="About us"
        lead={`Backwise is written by the physical therapists of ${clinic.name}, a clinic that helps active people with lower back pain.`}
      />
      <Prose>
        <h2>Why we made this site</h2>
        <p>
          Many people hurt their lower back in the gym, on a run or at sport. Most get better, but the advice
          online is often confusing or scary. We wanted one place with clear, honest answers, written in plain
          words and based on good research.
        </p>
        <h2>Who we are</h2>
        <ul>
          {scheduleSeed.clinicians.map((c) => (
            <li key={c.id}>
              <strong>
                {c.name}, {c.credentials}
              </strong>
              : {c.role}
            </li>
          ))}
        </ul>
        <h2>How we write and check our articles</h2>
        <ul>
          <li>
            Each article is written by a physical therapist and checked by a second clinician before it goes
            live.
          </li>
          <li>
            We base our advice on clinical guidelines and research reviews, such as the NICE guideline on low
            back pain and sciatica (NG59). Every article lists its sources.
          </li>
          <li>
            Each article shows when it was last reviewed and when its next review is due. We review every
            article at least once a year.
          </li>
          <li>We do not take advertising or payment from companies that sell products.</li>
        </ul>
        <h2>The self-check</h2>
        <p>
          Our <Link href="/check">self-check</Link> follows published rules for spotting serious causes of
          back pain. Read <Link href="/check/how-it-works">how the self-check works</Link>.
        </p>
        <h2>Contact us</h2>
        <p>
          {clinic.name}, {formatAddress()}.<br />
          Phone: <a href={telHref(clinic.phone)}>{displayPhone(clinic.phone)}</a>. Email:{' '}
          <a href={`mailto:${clinic.email}`}>{clinic.email}</a>.
        </p>
      </Prose>
    </>
  );
}
