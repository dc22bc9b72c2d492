import type { MetadataRoute } from 'next';
import { allArticles, allExercises, topics } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';

const staticPages = [
  '/',
  '/articles',
  '/exercises',
  '/check',
  '/check/how-it-works',
  '/progress',
  '/progress/paper',
  '/book',
  '/search',
  '/about',
  '/privacy',
  '/accessibility',
  '/medical-disclaimer',
];

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = allArticles();
  const newest = articles
    .map((a) => a.lastReviewed)
    .sort()
    .at(-1);
  return [
    ...staticPages.map((path) => ({
      url: absoluteUrl(path),
      ...(newest && path === '/' ? { lastModified: newest } : {}),
    })),
    ...topics.map((topic) => ({
      url: absoluteUrl(`/topics/${topic}`),
      ...(newest ? { lastModified: newest } : {}),
    })),
    ...articles.map((a) => ({ url: absoluteUrl(a.url), lastModified: a.lastReviewed })),
    ...allExercises().map((e) => ({ url: absoluteUrl(e.url), lastModified: e.lastReviewed })),
  ];
}
