import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { Prose } from '@/components/ui/Prose';
import { clinic } from '@/lib/clinic';
import { TrackerPrivacy } from '@/components/progress/TrackerPrivacy';

export const metadata: Metadata = {
  title: 'Privacy notice',
  description:
    'What Backwise collects, why, how long we keep it and who can see it. Self-check answers are never stored.',
  alternates: { canonical: '/privacy' },
};

export default function PrivacyPage() {
  return (
    <>
      <PageHeader
        title="Privacy notice"
        lead="We collect as little as we can, and we never sell or share it for advertising."
      />
      <Prose>
        <p>
          This notice covers the Backwise website run by {clinic.name} (&ldquo;we&rdquo;). If you have a
          question, email <a href={`mailto:${clinic.email}`}>{clinic.email}</a>.
        </p>
        <h2>Reading articles and exercises</h2>
        <p>
          We do not use analytics, advertising or tracking tools, and we load nothing from other companies. We
          set no cookies when you read. Our server keeps short technical logs (the page asked for, the time
          and whether it worked) to keep the site running. They do not hold your name, contact details or
          health answers.
        </p>
        <h2>The self-check</h2>
        <p>
          Your answers are used only to work out your result while you use the check.{' '}
          <strong>They are never stored</strong> on our server, never written to logs, never put in web
          addresses, and never sent to anyone else. When you close the page, they are gone. You can print your
          result if you want to keep it.
        </p>
        <p>
          If you press &ldquo;Book a free assessment&rdquo; on your result, a short summary of your answers is
          kept in your own browser for one hour (in a cookie that only our booking pages can read), so the
          booking form can offer to attach it. It is stored on our server only if you tick the box to attach
          it to your booking.
        </p>
        <h2>Booking an assessment</h2>
        <p>When you book, we collect:</p>
        <ul>
          <li>
            your name, email address and phone number, so we can confirm the booking and contact you about it;
          </li>
          <li>a note, if you choose to write one;</li>
          <li>a summary of your self-check answers, only if you tick the box to attach it.</li>
          <li>a short summary of your recovery tracker, only if you tick the box to attach it.</li>
        </ul>
        <p>
          We use these to arrange and hold your assessment. Our legal basis is your consent, which you give
          with the tick box on the booking form, and taking steps at your request before providing care.
        </p>
        <h2>Joining the waitlist</h2>
        <p>
          If no time suits you and you join the waitlist, we keep the visit type and dates you can come, your
          name, email address and phone number, and when you agreed to this notice. We use them only to email
          you when a time frees up, and to book it for you when you press the button in that email. Every
          waitlist email has a link to leave the list.
        </p>
        <h2>Who can see it</h2>
        <p>
          Only our clinic staff, who sign in to see bookings. Our email provider handles the confirmation
          emails we send you. We do not share your details with anyone else unless the law requires it.
        </p>
        <h2>How long we keep it</h2>
        <ul>
          <li>Booking details: 12 months after the appointment date, then deleted automatically.</li>
          <li>
            Waitlist details: until you book, leave the list, or the last date you gave has passed; then 30
            days more, and then deleted automatically with the emails we sent you about it.
          </li>
          <li>Emails we send: deleted from our outgoing mail queue 12 months after they are sent.</li>
          <li>Staff sign-in sessions: they expire after 8 hours.</li>
        </ul>
        <p>
          If you become a patient, your clinical record is kept under the clinic&apos;s medical records
          policy.
        </p>
        <h2>Cookies</h2>
        <p>
          We set no cookies for reading or for the self-check. Two cookies exist, each only after you act:
          clinic staff who sign in get one that keeps them signed in (it expires after 8 hours), and a reader
          who carries a self-check summary into booking gets one that holds the summary for an hour. We use no
          tracking or advertising cookies.
        </p>
        <h2>Your rights</h2>
        <p>
          You can ask to see, correct or delete your booking or waitlist details at any time. You can cancel a
          booking with the link in your confirmation email, or email{' '}
          <a href={`mailto:${clinic.email}`}>{clinic.email}</a>.
        </p>
        <TrackerPrivacy />
        <p>Last updated: December 1, 2026.</p>
      </Prose>
    </>
  );
}
