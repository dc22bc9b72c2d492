import type { Metadata } from 'next';
import { VisitTypeChoice } from '@/components/book/VisitTypeChoice';
import { bookMetadata } from '../metadata';

// `/book` without a visit type is rewritten here (next.config.mjs), so the first step is prerendered and
// served without JavaScript; the steps that read the database stay on the dynamic /book route.
export const metadata: Metadata = bookMetadata;

export default function BookStartPage() {
  return <VisitTypeChoice />;
}
