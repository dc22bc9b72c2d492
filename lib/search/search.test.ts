import { describe, expect, it } from 'vitest';
import { search, tokenize, type SearchDoc } from './search';

const docs: SearchDoc[] = [
  {
    url: '/a',
    title: 'Glute bridge',
    kind: 'Exercise',
    description: 'Strengthen your hips',
    text: 'Lie on your back and lift.',
  },
  {
    url: '/b',
    title: 'Sciatica in runners',
    kind: 'Article',
    description: 'Leg pain explained',
    text: 'Bridge exercises can help.',
  },
  {
    url: '/c',
    title: 'Sleep and your back',
    kind: 'Article',
    description: 'Habits',
    text: 'Mattress choice.',
  },
];

describe('search', () => {
  it('ranks a title match above a body match', () => {
    expect(search(docs, 'bridge').map((h) => h.url)).toEqual(['/a', '/b']);
  });

  it('requires every word and matches word prefixes', () => {
    expect(search(docs, 'sciat leg').map((h) => h.url)).toEqual(['/b']);
    expect(search(docs, 'sciatica mattress')).toEqual([]);
  });

  it('ignores case, accents and punctuation, and returns nothing for an empty query', () => {
    expect(tokenize('Sciática, LEG-pain!')).toEqual(['sciatica', 'leg', 'pain']);
    expect(search(docs, '  !! ')).toEqual([]);
  });
});
