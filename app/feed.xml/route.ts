import { allArticles } from '@/lib/content';
import { atomFeed } from '@/lib/content/feed';
import { absoluteUrl, siteUrl } from '@/lib/site';
import { clinic } from '@/lib/clinic';

export const dynamic = 'force-static';

export function GET() {
  const xml = atomFeed({
    title: `${clinic.shortName}: lower back pain from exercise`,
    siteUrl: siteUrl(),
    items: allArticles().map((a) => ({
      title: a.title,
      url: absoluteUrl(a.url),
      description: a.description,
      published: a.published,
      updated: a.lastReviewed,
      author: a.author,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
