import type { Article, Topic } from '@/lib/content';
import { ArticleCard } from './ArticleCard';
import { TopicFilter } from './TopicFilter';

/** The topic filter and the matching articles, as on /articles and each topic hub. */
export function FilteredArticles({ articles, current }: { articles: Article[]; current?: Topic }) {
  return (
    <div className="space-y-6">
      <TopicFilter current={current} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} headingLevel={2} />
          </li>
        ))}
      </ul>
    </div>
  );
}
