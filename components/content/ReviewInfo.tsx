import type { Article } from '@/lib/content';
import { formatDate } from '@/lib/content';

export function ReviewInfo({ article }: { article: Article }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 rounded-md bg-slate-50 p-4 text-sm sm:grid-cols-2">
      <div>
        <dt className="inline font-semibold">Written by: </dt>
        <dd className="inline">{article.author}</dd>
      </div>
      <div>
        <dt className="inline font-semibold">Reviewed by: </dt>
        <dd className="inline">
          {article.reviewer.name}, {article.reviewer.credentials} ({article.reviewer.role})
        </dd>
      </div>
      <div>
        <dt className="inline font-semibold">Last reviewed: </dt>
        <dd className="inline">
          <time dateTime={article.lastReviewed.slice(0, 10)}>{formatDate(article.lastReviewed)}</time>
        </dd>
      </div>
      <div>
        <dt className="inline font-semibold">Next review due: </dt>
        <dd className="inline">
          <time dateTime={article.nextReviewDue.slice(0, 10)}>{formatDate(article.nextReviewDue)}</time>
        </dd>
      </div>
    </dl>
  );
}
