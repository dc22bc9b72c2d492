import type { Article } from '@/lib/content';
import { ArticleCard } from './ArticleCard';

// Whole class names, so Tailwind finds them in the source.
const columns = { 2: 'grid gap-4 sm:grid-cols-2', 3: 'grid gap-4 sm:grid-cols-3' } as const;

/** A grid of article cards: the topic lists, an article's related reading, the home page's picks. */
export function ArticleGrid({
  articles,
  cols = 2,
  headingLevel,
}: {
  articles: Article[];
  cols?: keyof typeof columns;
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className={columns[cols]}>
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
