import Link from 'next/link';
import type { Exercise } from '@/lib/content';
import { Callout } from '@/components/ui/Callout';
import { TextList } from '@/components/ui/TextList';
import { getHelpNowAnchors } from './GetHelpNow';

// The article that explains the warning signs; its care cards open the page.
const warningSigns = '/articles/warning-signs-back-pain-is-serious';

/** When to stop this exercise, then the way to the signs that need a doctor now or today. */
export function ExerciseStopSigns({ exercise }: { exercise: Exercise }) {
  return (
    <div className="max-w-3xl">
      <Callout type="warning" title="Stop and get advice if">
        <TextList items={exercise.stopIf} />
        <p>
          Stop and get help if you notice any of the{' '}
          <Link href={`${warningSigns}#${getHelpNowAnchors.emergency}`}>
            warning signs that need a doctor now or today
          </Link>
          .
        </p>
      </Callout>
    </div>
  );
}
