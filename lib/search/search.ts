// Full-text search over a small index built at build time. Pure, so the server (no-JS fallback) and the
// browser (instant results) rank the same way.
export interface SearchDoc {
  url: string;
  title: string;
  kind: 'Article' | 'Exercise';
  description: string;
  text: string;
}

export interface SearchHit {
  url: string;
  title: string;
  kind: SearchDoc['kind'];
  description: string;
  score: number;
}

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1);
}

/** Every query word must appear (as a word prefix); title matches outrank description and body matches. */
export function search(docs: SearchDoc[], query: string, limit = 20): SearchHit[] {
  const terms = [...new Set(tokenize(query))].slice(0, 10);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const fields = [
      { words: tokenize(doc.title), weight: 10 },
      { words: tokenize(doc.description), weight: 4 },
      { words: tokenize(doc.text), weight: 1 },
    ];
    let score = 0;
    let all = true;
    for (const term of terms) {
      let termScore = 0;
      for (const field of fields) {
        const count = field.words.filter((w) => w.startsWith(term)).length;
        termScore += Math.min(count, 5) * field.weight;
      }
      if (termScore === 0) {
        all = false;
        break;
      }
      score += termScore;
    }
    if (all)
      hits.push({ url: doc.url, title: doc.title, kind: doc.kind, description: doc.description, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)).slice(0, limit);
}
