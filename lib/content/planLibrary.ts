import type { Library } from '../triage/plan';
import { doseText } from './dose';
import { allArticles, allExercises } from './index';
import { allTrainingDocs } from './training';

/**
 * The slice of the library the self-care plan picks from, with each dose already in words. Kept small so the
 * self-check page can hand it to the browser as props without shipping the content engine, and built here so
 * lib/triage never imports lib/content (the dependency runs one way).
 */
export function planLibrary(): Library {
  return {
    exercises: allExercises().map((e) => ({
      slug: e.slug,
      title: e.title,
      url: e.url,
      dose: doseText(e.dose),
      frequency: e.dose.frequency,
      loads: e.loads,
    })),
    articles: allArticles().map((a) => ({ slug: a.slug, title: a.title, url: a.url })),
    training: allTrainingDocs(),
  };
}
