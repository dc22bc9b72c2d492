import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFrontmatter } from './frontmatter';
import { safetyProblems, validateContent } from './validate';

const fixtures = path.join(import.meta.dirname, 'fixtures');

describe('validateContent', () => {
  const problems = validateContent({
    contentDir: path.join(fixtures, 'bad'),
    illustrationsDir: path.join(fixtures, 'bad', 'illustrations'),
  });
  const article = path.join(fixtures, 'bad', 'articles', 'too-short.mdx');
  const exercise = path.join(fixtures, 'bad', 'exercises', 'floating.mdx');

  it.each([
    [article, 'description: must be 50-160 characters'],
    [article, 'topic: Invalid option'],
    [article, 'summary: needs 3-5 key points'],
    [article, 'tags'],
    [exercise, 'dose.reps: give reps or hold'],
  ])('names the file and field: %s → %s', (file, expected) => {
    expect(problems.some((p) => p.startsWith(`${file}: `) && p.includes(expected))).toBe(true);
  });

  it('accepts the real content folder', () => {
    const root = path.join(import.meta.dirname, '..', '..');
    expect(
      validateContent({
        contentDir: path.join(root, 'content'),
        illustrationsDir: path.join(root, 'public', 'exercises'),
      }),
    ).toEqual([]);
  });
});

describe('cross-file checks', () => {
  it('reports related slugs, exercise links and illustrations that do not exist', () => {
    // A valid-front-matter copy is needed to reach the cross-file checks; the good fixture holds one.
    const problems = validateContent({
      contentDir: path.join(fixtures, 'good'),
      illustrationsDir: path.join(fixtures, 'good'),
    });
    const file = path.join(fixtures, 'good', 'articles', 'links-nowhere.mdx');
    expect(problems).toEqual([
      `${file}: related.0: no article with slug "no-such-article"`,
      `${file}: body: ExerciseLink names no exercise "no-such-exercise"`,
    ]);
  });
});

describe('safety and source checks', () => {
  const dir = path.join(fixtures, 'safety');
  const problems = validateContent({ contentDir: dir, illustrationsDir: dir });
  const file = (kind: string, slug: string) => path.join(dir, kind, `${slug}.mdx`);

  it('lists exactly the problems of the safety fixtures, each with its file', () => {
    expect(problems).toEqual([
      `${file('articles', 'help-late')}: body: <GetHelpNow /> must come before the first ## section`,
      `${file('articles', 'no-help')}: body: has no <GetHelpNow /> before its first ## section`,
      `${file('articles', 'no-source-link')}: references.0: needs a DOI or a URL`,
      `${file('articles', 'own-red-flags')}: body: <CareCard level="emergency"> spells out its own emergency care card; use <GetHelpNow /> for emergency and urgent signs`,
      `${file('articles', 'own-red-flags')}: body: <CareCard level="urgent"> spells out its own urgent care card; use <GetHelpNow /> for emergency and urgent signs`,
      `${file('exercises', 'doubled')}: dose.reps: write only the count ("8-12"), not the word "reps" ("8-12 reps")`,
    ]);
  });

  it('accepts GetHelpNow before the first section with only non-urgent cards after it', () => {
    expect(
      safetyProblems('Intro.\n\n<GetHelpNow />\n\n## One\n\n<CareCard level="non-urgent">x</CareCard>\n'),
    ).toEqual([]);
  });

  it('refuses a care card with no level and a second GetHelpNow', () => {
    expect(
      safetyProblems('<GetHelpNow />\n\n## One\n\n<GetHelpNow />\n\n<CareCard>\n- x\n</CareCard>\n'),
    ).toEqual([
      'body: has <GetHelpNow /> more than once',
      'body: <CareCard> spells out its own unlabelled care card; use <GetHelpNow /> for emergency and urgent signs',
    ]);
  });
});

describe('articleFrontmatter', () => {
  it('refuses review dates out of order', () => {
    const base = {
      title: 'A valid fixture article title',
      description: 'A description long enough to pass the fifty character minimum rule.',
      topic: 'recovery',
      summary: ['First key point here.', 'Second key point here.', 'Third key point here.'],
      published: '2026-11-20',
      lastReviewed: '2026-11-19',
      nextReview: '2026-11-01',
      author: 'Maya Okafor',
      reviewer: { name: 'Daniel Reyes', credentials: 'PT', role: 'Physical therapist' },
      references: [
        {
          authors: 'NICE',
          year: 2016,
          title: 'Low back pain',
          source: 'NG59',
          url: 'https://www.nice.org.uk/guidance/ng59',
        },
      ],
      related: [],
    };
    const result = articleFrontmatter.safeParse(base);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'lastReviewed: must not be before published',
      'nextReview: must be after lastReviewed',
    ]);
  });
});
