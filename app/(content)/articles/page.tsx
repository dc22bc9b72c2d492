import type { Metadata } from 'next';
import { FilteredArticles } from '@/components/content/FilteredArticles';
import { PageHeader } from '@/components/ui/PageHeader';
import { allArticles } from '@/lib/content';

export const metadata: Metadata = {
  title: 'All articles',
  description:
    'Every Backwise article on lower back pain from exercise: causes, prevention and recovery, reviewed by physical therapists.',
  alternates: { canonical: '/articles' },
};

export default function ArticlesPage() {
  const articles = allArticles();
  return (
    <>
      <PageHeader
        title="Articles"
        lead={`${articles.length} articles on causes, prevention and recovery, each reviewed by a physical therapist.`}
      />
      <FilteredArticles articles={articles} />
    </>
  );
}
