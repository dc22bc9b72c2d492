import type { Metadata } from 'next';
import { ArticleCard } from '@/components/content/ArticleCard';
import { TopicFilter } from '@/components/content/TopicFilter';
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
      <div className="space-y-6">
        <TopicFilter />
        <ul className="grid gap-4 sm:grid-cols-2">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} headingLevel={2} />
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
