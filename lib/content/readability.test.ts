import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { proseOf, smogGrade, syllables } from './readability';

describe('syllables', () => {
  it.each([
    ['back', 1],
    ['muscle', 2],
    ['exercise', 3],
    ['physical', 3],
    ['inflammation', 4],
  ])('%s has %i', (word, count) => {
    expect(syllables(word)).toBe(count);
  });
});

// Every folder of reader-facing prose; training documents join when that folder exists.
const root = path.join(import.meta.dirname, '..', '..', 'content');
const folders = ['articles', 'training'].filter((f) => f === 'articles' || existsSync(path.join(root, f)));

describe.each(folders)('reading grade of content/%s', (folder) => {
  const dir = path.join(root, folder);
  const grades = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({
      file: f,
      grade: Math.round(smogGrade(proseOf(readFileSync(path.join(dir, f), 'utf8'))) * 10) / 10,
    }))
    .sort((a, b) => a.grade - b.grade);

  it('has documents to grade', () => {
    expect(grades.length).toBeGreaterThan(0);
  });

  it('every document reads at SMOG grade 10 or lower', () => {
    const median = grades[Math.floor(grades.length / 2)]?.grade ?? 0;
    const worst = grades.at(-1);
    process.stdout.write(
      `SMOG grades (${folder}, ${grades.length}): median ${median}, worst ${worst?.grade} (${worst?.file}), best ${grades[0]?.grade}\n`,
    );
    expect(grades.filter((g) => g.grade > 10)).toEqual([]);
  });
});
