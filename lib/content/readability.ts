// SMOG grade (McLaughlin 1969): 1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291.
// Syllables are counted with a vowel-group heuristic, the usual approach of readability tools.

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Prose only: front matter, components, code, links' targets, headings' hashes and citations removed. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[(\d+(?:,\s*\d+)*)\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/^#+\s*(.*)$/gm, '$1.')
    .replace(/^\s*[-*]\s+(.*)$/gm, '$1.')
    .replace(/[*_`>|]/g, ' ');
}

export function smogGrade(text: string): number {
  const sentences = text
    .split(/[.!?]+(?:\s|$)|\n{2,}/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]/i.test(s));
  if (sentences.length === 0) return 0;
  const words = text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const poly = words.filter((w) => syllables(w) >= 3).length;
  return 1.043 * Math.sqrt((poly * 30) / sentences.length) + 3.1291;
}
