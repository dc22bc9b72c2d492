import type { ReactNode } from 'react';

export type CareLevel = 'emergency' | 'urgent' | 'non-urgent';

const styles: Record<CareLevel, { box: string; head: string; hidden: string; label: string }> = {
  emergency: {
    box: 'border-red-700 bg-white',
    head: 'bg-red-700 text-white',
    hidden: 'Emergency advice: ',
    label: 'Call now or go to the emergency room',
  },
  urgent: {
    box: 'border-amber-700 bg-white',
    head: 'bg-amber-800 text-white',
    hidden: 'Urgent advice: ',
    label: 'See a doctor today',
  },
  'non-urgent': {
    box: 'border-sky-700 bg-white',
    head: 'bg-sky-800 text-white',
    hidden: 'Non-urgent advice: ',
    label: 'See a doctor or physical therapist soon',
  },
};

/** The NHS care card: the level is in the heading color and, for screen readers, in hidden text. */
export function CareCard({
  level,
  title,
  children,
  headingLevel = 3,
}: {
  level: CareLevel;
  title?: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const style = styles[level];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`not-prose my-6 overflow-hidden rounded-md border-2 ${style.box}`}
      data-care-level={level}
    >
      <Heading className={`m-0 px-5 py-3 text-lg font-bold ${style.head}`}>
        <span className="sr-only">{style.hidden}</span>
        {title ?? style.label}
      </Heading>
      <div className="space-y-3 px-5 py-4 text-base leading-relaxed text-slate-900 [&_a]:font-semibold [&_li]:ml-5 [&_ul]:list-disc [&_ul]:space-y-1">
        {children}
      </div>
    </section>
  );
}
