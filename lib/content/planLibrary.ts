import type { Library } from '../triage/plan';
import { allArticles, allExercises } from './index';

/**
 * The slice of the library the self-care plan picks from. Kept small so the self-check page can hand it to
 * the browser as props without shipping the content engine.
 */
export function planLibrary(): Library {
  return {
    exercises: allExercises().map((e) => ({
      slug: e.slug,
      title: e.title,
      url: e.url,
      dose: {
        sets: e.dose.sets,
        reps: e.dose.reps,
        hold: e.dose.hold,
        rest: e.dose.rest,
        frequency: e.dose.frequency,
      },
    })),
    articles: allArticles().map((a) => ({ slug: a.slug, title: a.title, url: a.url })),
  };
}
