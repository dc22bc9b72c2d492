import Link from 'next/link';
import type { Article } from '@/lib/content';
import { topicInfo } from '@/lib/content/topics';

export function ArticleCard({ article, headingLevel = 3 }: { article: Article; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 p-5">
      <p className="text-sm font-medium text-slate-600">
        {topicInfo[article.topic].title} · {article.readingMinutes} min read
      </p>
      <Heading className="mt-1 text-lg font-semibold leading-snug">
        <Link href={article.url}>{article.title}</Link>
      </Heading>
      <p className="mt-2 text-slate-700">{article.description}</p>
    </article>
  );
}
