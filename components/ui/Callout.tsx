import type { ReactNode } from 'react';

const tones = {
  tip: { box: 'border-emerald-600 bg-emerald-50', label: 'Tip' },
  note: { box: 'border-sky-600 bg-sky-50', label: 'Note' },
  warning: { box: 'border-amber-600 bg-amber-50', label: 'Take care' },
} as const;

export function Callout({
  type = 'note',
  title,
  children,
}: {
  type?: keyof typeof tones;
  title?: string;
  children: ReactNode;
}) {
  const tone = tones[type];
  return (
    <aside
      className={`not-prose my-6 rounded-md border-l-4 p-4 ${tone.box}`}
      aria-label={title ?? tone.label}
    >
      <p className="mb-1 font-bold text-slate-900">{title ?? tone.label}</p>
      <div className="space-y-2 leading-relaxed text-slate-800 [&_li]:ml-5 [&_ul]:list-disc">{children}</div>
    </aside>
  );
}
