// A frozen copy of the version 2 rules (shared spec triage.md v2), kept only as a test oracle: version 3
// must give every version 2 answer set, completed with the new question answered "no", the same outcome or a
// more cautious one. Written out by hand from the v2 table, independent of rules.ts. Do not change it.

export interface V2Answers {
  age: number;
  emergency: readonly string[];
  urgent?: readonly string[];
  about?: readonly string[];
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
  onsetBefore45?: string;
  inflammatory?: readonly string[];
  worry?: string;
  avoiding?: string;
  lowMood?: string;
  activity?: readonly string[];
  trainingChange?: readonly string[];
}

const v2Outcomes = ['emergency', 'urgent', 'doctor', 'assessment', 'self-care'] as const;
type V2Outcome = (typeof v2Outcomes)[number];

const has = (list: readonly string[] | undefined, value: string) => list?.includes(value) ?? false;

function redFlags(a: V2Answers): V2Outcome[] {
  const out: V2Outcome[] = [];
  if (a.emergency.some((v) => v !== 'none')) out.push('emergency');
  if ((a.urgent ?? []).some((v) => v !== 'none')) out.push('urgent');
  if (has(a.about, 'aneurysm')) out.push('urgent');
  const weak = a.age >= 70 || has(a.about, 'bone-weakness');
  if (weak && (a.onset === 'fall' || a.onset === 'lifting')) out.push('urgent');
  const nothing = a.worse?.length === 1 && a.worse[0] === 'none';
  if (nothing && a.age >= 50 && a.history === 'first') out.push('urgent');
  return out;
}

function doctorRules(a: V2Answers): boolean {
  const past = a.duration !== undefined && a.duration !== 'under-1-week';
  const nothing = a.worse?.length === 1 && a.worse[0] === 'none';
  const before45 = a.age < 45 || a.onsetBefore45 === 'yes';
  const inflammatory = (a.inflammatory ?? []).filter((v) => v !== 'none').length;
  const weak = a.age >= 70 || has(a.about, 'bone-weakness');
  const intensity = a.intensity ?? 0;
  const sporty = a.onset === 'running' || a.onset === 'sport';
  return (
    a.age < 16 ||
    (a.duration === 'over-12-weeks' && before45 && (a.stiffness === 'yes' || inflammatory >= 2)) ||
    (a.onset === 'fall' &&
      (a.age >= 65 || (a.age >= 50 && (intensity >= 7 || a.function === 'unable' || a.trend === 'worse')))) ||
    (weak && a.onset !== undefined && a.onset !== 'fall' && a.onset !== 'lifting' && a.history === 'first') ||
    (nothing && past && (a.trend === 'worse' || a.age >= 50)) ||
    (has(a.about, 'low-energy') && (sporty || has(a.activity, 'running'))) ||
    (has(a.about, 'stress-fracture') && sporty)
  );
}

function assessmentRules(a: V2Answers): boolean {
  const past = a.duration !== undefined && a.duration !== 'under-1-week';
  const training = ['lifting', 'running', 'sport', 'gym-other'];
  return (
    a.legPain === 'below-knee' ||
    a.legNumbness === 'yes' ||
    a.legNumbness === 'not-sure' ||
    a.duration === '6-12-weeks' ||
    a.duration === 'over-12-weeks' ||
    (a.trend === 'worse' && past) ||
    (a.intensity ?? 0) >= 8 ||
    a.function === 'unable' ||
    a.worry === 'very' ||
    a.worry === 'extremely' ||
    a.avoiding === 'yes' ||
    a.lowMood === 'yes' ||
    (a.age >= 50 && a.history === 'first') ||
    has(a.about, 'pregnant') ||
    (a.age >= 16 && a.age <= 19 && training.includes(a.onset ?? '') && past)
  );
}

export function triageV2(a: V2Answers): V2Outcome {
  const fired = redFlags(a);
  if (doctorRules(a)) fired.push('doctor');
  if (assessmentRules(a)) fired.push('assessment');
  return v2Outcomes[Math.min(4, ...fired.map((o) => v2Outcomes.indexOf(o)))] ?? 'self-care';
}
