// The printable check-in for readers without JavaScript (or who prefer paper): the same questions as the
// tracker, for eight weeks. Plain HTML, no script.
import { CareCard } from '@/components/ui/CareCard';
import { EmergencyNumber, UrgentNumber } from '@/components/ui/PhoneNumbers';
import { sources } from '@/lib/progress/sources';
import { pegWording } from './PegQuestion';

const weeks = Array.from({ length: 8 }, (_, i) => i + 1);
const cell = 'border border-slate-500 px-1 py-2';

function WeekTable({ caption, rows }: { caption: string; rows: string[] }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={cell}>
            Week
          </th>
          {weeks.map((w) => (
            <th key={w} scope="col" className={`${cell} text-center`}>
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row" className={`${cell} font-normal`}>
              {row}
            </th>
            {weeks.map((w) => (
              <td key={w} className={cell} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PaperCheckIn({
  activities,
  emergency,
  urgent,
}: {
  activities: string[];
  emergency: string[];
  urgent: string[];
}) {
  return (
    <div className="max-w-3xl space-y-8 [overflow-wrap:anywhere]">
      <p className="no-print">
        <a href="/progress">Back to My recovery</a>
      </p>
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">1. Your pain this week</h2>
        <p>For each question, write a number from 0 to 10 in the week&apos;s box.</p>
        <ol className="list-decimal space-y-1 pl-6">
          {pegWording.map((w) => (
            <li key={w.name}>
              {w.question} (0 = {w.low.toLowerCase()}, 10 = {w.high.toLowerCase()})
            </li>
          ))}
        </ol>
        <WeekTable
          caption="Your answers"
          rows={['Date', 'Question 1', 'Question 2', 'Question 3', 'Score: add the three, divide by 3']}
        />
        <p className="text-sm text-slate-700">
          The questions are the PEG scale, which is in the public domain. {sources.peg.text}{' '}
          <a href={sources.peg.url}>{sources.peg.url}</a>
        </p>
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">2. Your training sessions this week</h2>
        <WeekTable caption="Number of sessions" rows={activities} />
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">3. Anything new?</h2>
        <p>If you have any of these, do not wait for the next check-in.</p>
        <CareCard level="emergency" title="Call the emergency number now if you have">
          <p>
            Call <EmergencyNumber /> or go to the emergency room:
          </p>
          <ul>
            {emergency.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </CareCard>
        <CareCard level="urgent" title="Contact a doctor today if you have">
          <ul>
            {urgent.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>
            Contact <UrgentNumber />.
          </p>
        </CareCard>
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">4. When to book an assessment</h2>
        <p>
          Book a free assessment if, two weeks or more after your first check-in, your score has not fallen by
          at least 30% (for example from 6 to 4.2 or lower), or if it is higher than when you started. If your
          score goes up from one week to the next, run the self-check again at <a href="/check">/check</a>.
        </p>
        <p className="text-sm text-slate-700">
          The 30% mark: {sources.meaningfulChange.text}{' '}
          <a href={sources.meaningfulChange.url}>{sources.meaningfulChange.url}</a>
        </p>
      </section>
    </div>
  );
}
