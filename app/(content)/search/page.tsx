import type { Metadata } from 'next';
import { LiveSearch } from '@/components/search/LiveSearch';
import { PageHeader } from '@/components/ui/PageHeader';
import { buildSearchIndex } from '@/lib/content/searchIndex';
import { search } from '@/lib/search/search';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every Backwise article and exercise about lower back pain from exercise and training.',
  alternates: { canonical: '/search' },
};

const index = buildSearchIndex();

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? '';
  return (
    <>
      <PageHeader title="Search" />
      <LiveSearch initialQuery={query} initialHits={search(index, query)} />
    </>
  );
}
