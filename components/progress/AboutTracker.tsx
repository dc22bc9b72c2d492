// The tracker's rules in plain words, with their sources, and what it keeps where. Server-rendered text.
import { MEANINGFUL_FALL_PERCENT, REVIEW_AFTER_DAYS } from '@/lib/progress/rules';
import { sources } from '@/lib/progress/sources';
import type { Source } from '@/lib/progress/types';

function Cite({ source }: { source: Source }) {
  return (
    <>
      {source.text} <a href={source.url}>{source.url}</a>
    </>
  );
}

export function AboutTracker() {
  return (
    <section
      aria-labelledby="about-title"
      className="prose prose-slate mt-16 max-w-3xl [overflow-wrap:anywhere]"
    >
      <h2 id="about-title">How the tracker works</h2>
      <p>
        Each week you answer the three questions of the PEG scale. Your score is the average of the three,
        from 0 to 10. The PEG was made to follow pain over time, and it is in the public domain, so anyone may
        use it.
      </p>
      <h3>The rules</h3>
      <ul>
        <li>
          If you tick any sign under &ldquo;Anything new?&rdquo;, you see at once whether to call the
          emergency number now or contact a doctor today. The signs are the same as in the self-check, which
          follows international red-flag guidance.
        </li>
        <li>
          If your score has not fallen by at least {MEANINGFUL_FALL_PERCENT}% {REVIEW_AFTER_DAYS / 7} weeks or
          more after your first check-in, or if it is higher than at the start, we suggest a free assessment.
          A fall of {MEANINGFUL_FALL_PERCENT}% is a common mark of a real improvement in pain studies.
        </li>
        <li>If your score goes up from one check-in to the next, we suggest running the self-check again.</li>
        <li>
          A return step moves on after two sessions in a row where the pain stayed acceptable during the
          session and was no worse the next morning.
        </li>
      </ul>
      <p>These are prompts, not a diagnosis. If you are worried, contact a doctor or book an assessment.</p>
      <h3>Sources</h3>
      <ol>
        <li>
          The PEG scale: <Cite source={sources.peg} />
        </li>
        <li>
          The {MEANINGFUL_FALL_PERCENT}% mark: <Cite source={sources.meaningfulChange} />
        </li>
        <li>
          Warning signs: <Cite source={sources.redFlags} /> Also <Cite source={sources.nice} />
        </li>
      </ol>
      <h3>Where your data is</h3>
      <p>
        Only in this browser on this device (in its IndexedDB storage). We never receive your check-ins.
        Nothing leaves your device unless you tick the box on the booking form to attach a summary.
        &ldquo;Delete my data&rdquo; removes all of it. See our <a href="/privacy">privacy notice</a>.
      </p>
    </section>
  );
}
