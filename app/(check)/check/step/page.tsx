import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { CheckWizard } from '@/components/check/CheckWizard';
import { resumeState } from '@/lib/triage/carry';
import { CHECK_COOKIE, openCarried, openPlace } from '../carried';
import { wizardProps } from '../wizardProps';

export const metadata: Metadata = {
  title: null, // the wizard renders its own <title> per step
  robots: { index: false },
  alternates: { canonical: '/check' },
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The self-check page a no-JavaScript post redirects to (and the browser's Back or a reload returns to): the
 * place from the address, the answers from the sealed cookie. Rendered per request and never cached.
 */
export default async function CheckStepPage({ searchParams }: Props) {
  const { at } = await searchParams;
  const carried = openCarried((await cookies()).get(CHECK_COOKIE)?.value);
  const state = resumeState(carried, openPlace(typeof at === 'string' ? at : undefined));
  return <CheckWizard initial={state} {...wizardProps()} />;
}
