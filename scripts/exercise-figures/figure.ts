// A side-view human figure with fixed segment lengths, posed by joint angles (forward kinematics) or by a hand
// or ankle target (two-link inverse kinematics). Every exercise figure uses this one skeleton, so all the
// pictures share their proportions. Units are "figure units": about 176 from floor to the top of the head.
// World coordinates have y pointing up from the floor and the figure facing +x; `flip` mirrors at render time.

export type Pt = readonly [number, number];

export const LEN = {
  headR: 11,
  neck: 9,
  upperTorso: 30, // waist to the base of the neck
  lowerTorso: 24, // hip joint to waist
  shoulderDrop: 6, // the shoulder joint sits a little below the neck base, so arms never start at the head
  upperArm: 30,
  forearm: 27,
  thigh: 44,
  shin: 42,
  foot: 17,
  heel: 4,
} as const;

export const WIDTH = {
  upperTorso: 22,
  lowerTorso: 20,
  neck: 9,
  upperArm: 10,
  forearm: 8.5,
  handR: 5,
  thigh: 15,
  shin: 11.5,
  foot: 7,
} as const;

/** A limb by absolute segment angles in degrees (0 = +x, 90 = up), with optional foreshortening. */
export interface AngleLimb {
  a: number;
  b: number;
  /** Shown length of each segment as a share of its real length, for limbs that point toward the viewer. */
  s1?: number;
  s2?: number;
}
/** A limb whose end (wrist or ankle) is placed on a point; the middle joint bends the natural way. */
export interface TargetLimb {
  to: Pt;
  /** Take the other bend; for an arm turned in 3-D (elbow up, hand behind the head) that looks reversed in side view. */
  other?: boolean;
}
export type Limb = AngleLimb | TargetLimb;

export interface Pose {
  hip: Pt;
  lower: number;
  upper?: number;
  neck?: number;
  nearArm: Limb;
  farArm?: Limb;
  nearLeg: Limb;
  farLeg?: Limb;
  /** Absolute foot angles; by default the foot sits at a right angle to the shin. */
  nearFoot?: number;
  farFoot?: number;
  /** Draw the nose (which way the face points); off for views where the face points at the viewer. */
  face?: boolean;
  /** Joint checks to skip where the side view hides a twist (named as in anatomyProblems). */
  allow?: string[];
}

export interface Joints {
  hip: Pt;
  waist: Pt;
  neckBase: Pt;
  shoulder: Pt;
  head: Pt;
  nose: Pt | null;
  nearElbow: Pt;
  nearWrist: Pt;
  farElbow: Pt;
  farWrist: Pt;
  nearKnee: Pt;
  nearAnkle: Pt;
  nearHeel: Pt;
  nearToe: Pt;
  farKnee: Pt;
  farAnkle: Pt;
  farHeel: Pt;
  farToe: Pt;
}

export type JointName = keyof Omit<Joints, 'nose'>;

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;
export const go = (p: Pt, angle: number, len: number): Pt => [
  p[0] + Math.cos(rad(angle)) * len,
  p[1] + Math.sin(rad(angle)) * len,
];
const angleOf = (from: Pt, to: Pt) => deg(Math.atan2(to[1] - from[1], to[0] - from[0]));
/** Signed difference a - b folded into (-180, 180]. */
export const diff = (a: number, b: number) => {
  let d = (a - b) % 360;
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  return d;
};

/**
 * Two-link inverse kinematics. `bend` picks the solution: +1 when the middle joint's angle (first segment
 * minus second) must be positive (knee), -1 when negative (elbow: forearm minus upper arm is positive).
 */
function solve(
  root: Pt,
  target: Pt,
  l1: number,
  l2: number,
  kneeLike: boolean,
  other: boolean,
): [number, number] {
  const d = Math.min(Math.hypot(target[0] - root[0], target[1] - root[1]), l1 + l2 - 0.01);
  const base = angleOf(root, target);
  const off = deg(Math.acos(Math.max(-1, Math.min(1, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))));
  for (const sign of [1, -1]) {
    const a = base + sign * off;
    const mid = go(root, a, l1);
    const b = angleOf(mid, target);
    const flex = kneeLike ? diff(a, b) : diff(b, a);
    if (flex >= -0.01 !== other) return [a, b];
  }
  return [base, base];
}

function limb(root: Pt, spec: Limb, l1: number, l2: number, kneeLike: boolean): [Pt, Pt, number] {
  if ('to' in spec) {
    const [a, b] = solve(root, spec.to, l1, l2, kneeLike, spec.other ?? false);
    const mid = go(root, a, l1);
    return [mid, go(mid, b, l2), b];
  }
  const mid = go(root, spec.a, l1 * (spec.s1 ?? 1));
  return [mid, go(mid, spec.b, l2 * (spec.s2 ?? 1)), spec.b];
}

export function solvePose(p: Pose): Joints {
  const upper = p.upper ?? p.lower;
  const neck = p.neck ?? upper;
  const waist = go(p.hip, p.lower, LEN.lowerTorso);
  const neckBase = go(waist, upper, LEN.upperTorso);
  const shoulder = go(neckBase, upper + 180, LEN.shoulderDrop);
  const head = go(neckBase, neck, LEN.neck + LEN.headR);
  const nose = p.face === false ? null : go(head, neck - 90, LEN.headR - 1);
  const [nearElbow, nearWrist] = limb(shoulder, p.nearArm, LEN.upperArm, LEN.forearm, false);
  const [farElbow, farWrist] = limb(shoulder, p.farArm ?? p.nearArm, LEN.upperArm, LEN.forearm, false);
  const [nearKnee, nearAnkle, nearShin] = limb(p.hip, p.nearLeg, LEN.thigh, LEN.shin, true);
  const [farKnee, farAnkle, farShin] = limb(p.hip, p.farLeg ?? p.nearLeg, LEN.thigh, LEN.shin, true);
  const nf = p.nearFoot ?? nearShin + 90;
  const ff = p.farFoot ?? (p.farLeg ? farShin + 90 : nf);
  return {
    hip: p.hip,
    waist,
    neckBase,
    shoulder,
    head,
    nose,
    nearElbow,
    nearWrist,
    farElbow,
    farWrist,
    nearKnee,
    nearAnkle,
    nearHeel: go(nearAnkle, nf + 180, LEN.heel),
    nearToe: go(nearAnkle, nf, LEN.foot),
    farKnee,
    farAnkle,
    farHeel: go(farAnkle, ff + 180, LEN.heel),
    farToe: go(farAnkle, ff, LEN.foot),
  };
}

/** Anatomy that would look wrong: knees or elbows bent backward, a head twisted off the spine. */
export function anatomyProblems(j: Joints, allow: string[] = []): string[] {
  const problems: string[] = [];
  const a = angleOf;
  const check = (name: string, value: number, min: number, max: number) => {
    if (!allow.includes(name) && (value < min || value > max))
      problems.push(`${name} ${value.toFixed(0)}° (allowed ${min} to ${max})`);
  };
  check('near knee', diff(a(j.hip, j.nearKnee), a(j.nearKnee, j.nearAnkle)), -3, 165);
  check('far knee', diff(a(j.hip, j.farKnee), a(j.farKnee, j.farAnkle)), -3, 165);
  check('near elbow', diff(a(j.nearElbow, j.nearWrist), a(j.shoulder, j.nearElbow)), -3, 160);
  check('far elbow', diff(a(j.farElbow, j.farWrist), a(j.shoulder, j.farElbow)), -3, 160);
  const torsoDown = a(j.waist, j.hip);
  check('near hip flexion', diff(a(j.hip, j.nearKnee), torsoDown), -35, 160);
  check('far hip flexion', diff(a(j.hip, j.farKnee), torsoDown), -35, 160);
  check('neck', diff(a(j.neckBase, j.head), a(j.waist, j.neckBase)), -60, 60);
  return problems;
}
