import { clinic } from '@/lib/clinic';
import type { FailedMail } from '@/lib/mail/deliver';
import { formatSlotDay, formatSlotTime, localDate } from '@/lib/booking/slots';
import { RowActionForm } from './RowActionForm';

/** Mails the sender gave up on after two days of retries, each with a button to queue it again. */
export function FailedMails({
  mails,
  view,
  retry,
}: {
  mails: FailedMail[];
  view: string;
  retry: (form: FormData) => Promise<void>;
}) {
  if (mails.length === 0) return null;
  return (
    <section aria-labelledby="failed-mail" className="mb-8 rounded-md border-4 border-red-700 p-4">
      <h2 id="failed-mail" className="text-xl font-bold">
        Mail that could not be sent
      </h2>
      <p className="mb-3">These mails failed for two days. Check the mail server, then retry.</p>
      <ul className="space-y-3">
        {mails.map((m) => (
          <li key={m.id} data-outbox-id={m.id} className="flex flex-wrap items-center gap-3">
            <span>
              <strong>{m.subject}</strong> to {m.to}, first queued{' '}
              {formatSlotDay(localDate(m.createdAt, clinic.timeZone), clinic.timeZone)}{' '}
              {formatSlotTime(m.createdAt, clinic.timeZone)} ({m.attempts} attempts
              {m.lastError ? `; last error: ${m.lastError}` : ''})
            </span>
            <RowActionForm
              action={retry}
              id={m.id}
              view={view}
              className="btn-secondary min-h-11 px-3 text-sm"
              label={`Retry ${m.subject}`}
            >
              Retry
            </RowActionForm>
          </li>
        ))}
      </ul>
    </section>
  );
}
