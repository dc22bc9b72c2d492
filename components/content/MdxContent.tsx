import { getMDXComponent } from 'next-contentlayer2/hooks';
import type { ComponentProps } from 'react';
import { Callout } from '@/components/ui/Callout';
import { CareCard } from '@/components/ui/CareCard';
import { Figure } from '@/components/ui/Figure';
import { KeyPoints } from '@/components/ui/KeyPoints';
import { EmergencyNumber, UrgentNumber } from '@/components/ui/PhoneNumbers';
import { ExerciseLink } from './ExerciseLink';
import { GetHelpNow } from './GetHelpNow';
import { PainRule } from './PainRule';

const components = {
  CareCard,
  Figure,
  KeyPoints,
  Callout,
  ExerciseLink,
  GetHelpNow,
  PainRule,
  EmergencyNumber,
  UrgentNumber,
  a: ({ href = '', ...props }: ComponentProps<'a'>) =>
    /^https?:/.test(href) ? (
      <a href={href} rel="noopener noreferrer" {...props} />
    ) : (
      <a href={href} {...props} />
    ),
};

// Compiled once per document and kept, so each render reuses the same component.
const compiled = new Map<string, ReturnType<typeof getMDXComponent>>();

function mdxComponent(code: string) {
  let component = compiled.get(code);
  if (!component) {
    component = getMDXComponent(code);
    compiled.set(code, component);
  }
  return component;
}

export function MdxContent({ code }: { code: string }) {
  // Compiled MDX is a plain function of its props with no hooks, so it is called, not mounted.
  return mdxComponent(code)({ components });
}
