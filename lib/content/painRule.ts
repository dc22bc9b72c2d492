// The site's one pain-monitoring rule (CONTRACTS.md). Articles show it with <PainRule />; nothing else
// states a pain threshold, so pages cannot contradict each other.

export const painRule = {
  title: 'How much pain is OK?',
  rule: 'During exercise or training, pain that stays at a level you find acceptable (3 out of 10 or less is a common mark) is OK, as long as by the next morning it is no worse than before.',
  ifNot:
    'If it is worse the next morning, go back to the last load that felt fine and build up again from there.',
  // Honest about where the rule comes from: it was tested in tendon pain, not back pain.
  evidence:
    'This way of using pain as a guide was tested in people with Achilles tendon pain, who kept running and jumping while they used it. It has not been tested the same way in back pain, so treat it as a guide, not a law.',
  source: {
    authors: 'Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J',
    year: 2007,
    title:
      'Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy',
    journal: 'American Journal of Sports Medicine 35(6):897-906',
    url: 'https://doi.org/10.1177/0363546506298279',
  },
} as const;
