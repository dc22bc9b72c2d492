// A frozen copy of the version 1 rules (shared spec triage.md v1), kept only as a test oracle: version 2
// must give every version 1 answer set the same outcome or a more cautious one. Do not change it.

export interface V1Answers {
  age: number;
  emergency: readonly string[];
  urgent: readonly string[];
  onset?: string;
  duration?: string;
  trend?: string;
  legPain?: string;
  legNumbness?: string;
  intensity?: number;
  function?: string;
  history?: string;
  worse?: readonly string[];
  stiffness?: string;
  worry?: string;
  avoiding?: string;
  lowMood?: string;
}

const v1Outcomes = ['emergency', 'urgent', 'doctor', 'assessment', 'self-care'] as const;

export function triageV1(a: V1Answers): (typeof v1Outcomes)[number] {
  const codes: string[] = [];
  for (const item of a.emergency) if (item !== 'none') codes.push(`emergency:${item}`);
  for (const item of a.urgent) if (item !== 'none') codes.push(`urgent:${item}`);
  if (a.age < 16) codes.push('doctor:under-16');
  if (a.stiffness === 'yes' && a.duration === 'over-12-weeks' && a.age < 45)
    codes.push('doctor:inflammatory');
  if (a.legPain === 'below-knee') codes.push('assessment:leg-below-knee');
  if (a.legNumbness === 'yes' || a.legNumbness === 'not-sure') codes.push('assessment:leg-numbness');
  if (a.duration === '6-12-weeks' || a.duration === 'over-12-weeks') codes.push('assessment:not-settling');
  if (a.trend === 'worse' && a.duration !== undefined && a.duration !== 'under-1-week')
    codes.push('assessment:getting-worse');
  if (a.intensity !== undefined && a.intensity >= 8) codes.push('assessment:severe-pain');
  if (a.function === 'unable') codes.push('assessment:function');
  if (a.worry === 'very' || a.worry === 'extremely' || a.avoiding === 'yes' || a.lowMood === 'yes')
    codes.push('assessment:distress');
  if (a.age >= 50 && a.history === 'first') codes.push('assessment:first-over-50');
  const ranks = codes.map((c) => v1Outcomes.findIndex((o) => c.startsWith(`${o}:`)));
  return v1Outcomes[Math.min(4, ...ranks)] ?? 'self-care';
}
