import type { Article, Topic } from '@/lib/content';
import { ArticleGrid } from './ArticleGrid';
import { TopicFilter } from './TopicFilter';

/** The topic filter and the matching articles, as on /articles and each topic hub. */
export function FilteredArticles({ articles, current }: { articles: Article[]; current?: Topic }) {
  return (
    <div className="space-y-6">
      <TopicFilter current={current} />
      <ArticleGrid articles={articles} headingLevel={2} />
    </div>
  );
}
