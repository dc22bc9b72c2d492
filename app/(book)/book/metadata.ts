import type { Metadata } from 'next';

export const bookMetadata: Metadata = {
  title: 'Book a free assessment',
  description:
    'Book a free assessment with a physical therapist, in our clinic or by video. Choose a time that suits you.',
  alternates: { canonical: '/book' },
};
