import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityItems } from '../triage/questions';
import { planSlugs } from '../triage/plan';
import { smogGrade } from './readability';
import { readTraining, trainingSlugs, validateTraining } from './validateTraining';

const contentDir = path.join(import.meta.dirname, '..', '..', 'content');
const mdx = (dir: string) => {
  try {
    return readdirSync(path.join(contentDir, dir)).filter((f) => f.endsWith('.mdx'));
  } catch {
    return [];
  }
};
const exercises = new Set(mdx('exercises').map((f) => path.basename(f, '.mdx')));
const trainingFiles = mdx('training');

describe('exercise slugs named by the self-check', () => {
  it('every slug in lib/triage/plan.ts is an exercise in content/exercises', () => {
    expect(planSlugs().filter((slug) => !exercises.has(slug))).toEqual([]);
  });

  it('every slug in content/training is an exercise in content/exercises', () => {
    const missing = trainingFiles.flatMap((f) =>
      trainingSlugs(readTraining(path.join(contentDir, 'training', f)))
        .filter((slug) => !exercises.has(slug))
        .map((slug) => `${f}: ${slug}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('content/training', () => {
  it('passes the build check', () => {
    expect(validateTraining(contentDir)).toEqual([]);
  });

  // Not skipped when the folder is empty or gone: the self-check's plans need every one of these documents.
  it('has one document per activity, and building-back', () => {
    expect(trainingFiles.map((f) => path.basename(f, '.mdx')).sort()).toEqual(
      [...activityItems, 'building-back'].sort(),
    );
  });

  it('reads at SMOG grade 10 or lower, each document', () => {
    const grades = trainingFiles.map((f) => {
      const t = readTraining(path.join(contentDir, 'training', f));
      const text = [
        ...t.keep.map((k) => k.do),
        ...t.swap.flatMap((s) => [`Instead of ${s.instead}, ${s.try}.`]),
        ...t.pause,
        ...t.steps.map((s) => s.do),
        t.moveOn,
        t.evidence,
      ].join(' ');
      return { file: f, grade: Math.round(smogGrade(text) * 10) / 10 };
    });
    expect(grades.filter((g) => g.grade > 10)).toEqual([]);
  });
});

describe('validateTraining', () => {
  const write = (name: string, frontmatter: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'training-'));
    mkdirSync(path.join(dir, 'training'));
    writeFileSync(path.join(dir, 'training', name), `---\n${frontmatter}\n---\n\nIntro.\n`);
    return dir;
  };
  const good = `activity: running
title: "Running"
keep: [{ do: "Easy runs on flat ground.", loads: [running] }, { do: "Walking on the days in between." }]
swap:
  - { instead: "Hill repeats", try: "Hard cycling sessions instead", loads: [sitting] }
  - { instead: "Long runs", try: "Two shorter easy runs", exercise: glute-bridge }
pause: ["Sprints and races for now."]
steps:
  - { title: "Step 1", do: "Walk briskly for 20 minutes.", exercises: [glute-bridge] }
  - { title: "Step 2", do: "Run 1 minute, walk 2 minutes.", loads: [running] }
  - { title: "Step 3", do: "Your usual easy runs again.", loads: [running] }
moveOn: "Move on after two good sessions in a row."
references:
  - { authors: "A B", year: 2020, title: "A real study", source: "A journal", doi: "10.1000/xyz" }
evidence: "The evidence for this is weak."
lastReviewed: 2026-12-01
reviewer: { name: "Sam Lindqvist", credentials: "PT, DPT", role: "Physical therapist" }`;

  it('accepts a document in the contract format', () => {
    expect(validateTraining(write('running.mdx', good))).toEqual([]);
  });

  it.each([
    ['a file name that is not the activity', 'cycling.mdx', good, 'activity: must equal the file name'],
    ['an unknown activity', 'skiing.mdx', good.replace('activity: running', 'activity: skiing'), 'activity:'],
    [
      'a load that is not a worse value',
      'running.mdx',
      good.replace('loads: [sitting]', 'loads: [sittin]'),
      'swap.0.loads.0',
    ],
    ['an unknown field', 'running.mdx', `${good}\ncolour: blue`, 'colour'],
    [
      'a step 1 that loads a movement, without a gentler step',
      'running.mdx',
      good.replace('exercises: [glute-bridge] }', 'exercises: [glute-bridge], loads: [standing-walking] }'),
      'gentler: step 1 loads a movement',
    ],
    [
      'a gentler step that loads a movement',
      'running.mdx',
      `${good}\ngentler: { title: "Before step 1", do: "Glute bridges on most days.", loads: [sitting] }`,
      'gentler.loads: the gentler step must load nothing',
    ],
    ['too few steps', 'running.mdx', good.replace(/  - \{ title: "Step 3".*\n/, ''), 'steps: needs 3-5'],
    ['no references', 'running.mdx', good.replace(/references:\n.*\n/, 'references: []\n'), 'references'],
    [
      'a reference with neither DOI nor URL',
      'running.mdx',
      good.replace(', doi: "10.1000/xyz"', ''),
      'references.0: needs a DOI or a URL',
    ],
    [
      'a review date that is not a real date',
      'running.mdx',
      good.replace('lastReviewed: 2026-12-01', 'lastReviewed: "2026-02-30"'),
      'lastReviewed: not a real date',
    ],
  ])('names the file and field for %s', (_label, name, frontmatter, expected) => {
    const problems = validateTraining(write(name, frontmatter));
    expect(problems.join('\n')).toContain(expected);
    expect(problems[0]).toContain(name);
  });
});
