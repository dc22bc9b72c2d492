// The only module that reads Contentlayer's output, so the content engine can be swapped in one place.
import { allArticles as generatedArticles, allExercises as generatedExercises } from 'contentlayer/generated';
import type { Article, Exercise } from 'contentlayer/generated';
import { topics, type Topic } from './frontmatter';

export type { Article, Exercise };
export { topics, type Topic };

export interface Heading {
  depth: number;
  text: string;
  id: string;
}

const published = generatedArticles
  .filter((a) => !a.draft)
  .sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));

const exercises = [...generatedExercises].sort((a, b) => a.title.localeCompare(b.title));

export function allArticles(): Article[] {
  return published;
}

export function articlesByTopic(topic: Topic): Article[] {
  return published.filter((a) => a.topic === topic);
}

export function getArticle(slug: string): Article | undefined {
  return published.find((a) => a.slug === slug);
}

export function relatedArticles(article: Article): Article[] {
  return article.related.map(getArticle).filter((a): a is Article => a !== undefined);
}

export function allExercises(): Exercise[] {
  return exercises;
}

export function getExercise(slug: string): Exercise | undefined {
  return exercises.find((e) => e.slug === slug);
}

export function articleHeadings(article: Article): Heading[] {
  const value: unknown = article.headings;
  if (!Array.isArray(value)) return [];
  return value.filter(
    (h): h is Heading =>
      typeof h === 'object' &&
      h !== null &&
      'id' in h &&
      'text' in h &&
      'depth' in h &&
      typeof h.id === 'string',
  );
}

export function isTopic(value: string): value is Topic {
  return (topics as readonly string[]).includes(value);
}

/** Dates in front matter are stored as ISO instants; readers see them in plain words. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
