import type { SearchDoc } from '../search/search';
import { allArticles, allExercises } from './index';

function plain(mdx: string): string {
  return mdx
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[(\d+)\]/g, ' ')
    .replace(/[#*_`>|-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildSearchIndex(): SearchDoc[] {
  return [
    ...allArticles().map((a) => ({
      url: a.url,
      title: a.title,
      kind: 'Article' as const,
      description: a.description,
      text: `${a.summary.join(' ')} ${plain(a.body.raw)}`,
    })),
    ...allExercises().map((e) => ({
      url: e.url,
      title: e.title,
      kind: 'Exercise' as const,
      description: e.description,
      text: `${e.targets.join(' ')} ${e.steps.join(' ')} ${plain(e.body.raw)}`,
    })),
  ];
}
