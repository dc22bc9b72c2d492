import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anatomyProblems, solvePose, type Pose } from './figure';
import { figures } from './poses';
import { renderFigure } from './render';

const stand: Pose = { hip: [0, 91], lower: 90, nearArm: { a: -90, b: -90 }, nearLeg: { a: -90, b: -90 } };

describe('the figure skeleton', () => {
  it('puts a target limb exactly on its target and bends the knee forward', () => {
    const j = solvePose({ ...stand, hip: [-20, 55], nearLeg: { to: [10, 5] } });
    expect(j.nearAnkle[0]).toBeCloseTo(10, 5);
    expect(j.nearAnkle[1]).toBeCloseTo(5, 5);
    // Facing +x, a squatting knee sits in front of the line from hip to ankle.
    expect(j.nearKnee[0]).toBeGreaterThan(10);
    expect(anatomyProblems(j)).toEqual([]);
  });

  it('keeps the shoulder below the neck, so an arm never starts at the head', () => {
    const j = solvePose(stand);
    expect(j.shoulder[1]).toBeLessThan(j.neckBase[1]);
    expect(j.head[1] - j.shoulder[1]).toBeGreaterThan(20);
  });

  it('flags a knee or elbow bent the wrong way', () => {
    const j = solvePose({ ...stand, nearLeg: { a: -90, b: -60 }, nearArm: { a: -90, b: -120 } });
    expect(anatomyProblems(j).map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(
      expect.arrayContaining(['near knee', 'near elbow']),
    );
  });
});

describe('the exercise figures', () => {
  const slugs = readdirSync(path.join(import.meta.dirname, '../../content/exercises'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();

  it('draw every exercise in the library, and only those', () => {
    expect(figures.map((f) => f.slug).sort()).toEqual(slugs);
  });

  it.each(figures.map((f) => [f.slug, f] as const))(
    '%s: natural joints, small labelled SVG',
    (_slug, fig) => {
      for (const panel of [fig.start, fig.end]) {
        expect(anatomyProblems(solvePose(panel.pose), panel.pose.allow)).toEqual([]);
      }
      const svg = renderFigure(fig, 'a test description');
      expect(Buffer.byteLength(svg)).toBeLessThan(8 * 1024);
      expect(svg).toContain('role="img"');
      expect(svg).toMatch(/<title id="t">[^<]+a test description<\/title>/);
      expect(svg).toContain('>Start</text>');
      expect(svg).toContain('>End</text>');
      expect(svg).not.toMatch(/<script|on[a-z]+=/i);
    },
  );
});
