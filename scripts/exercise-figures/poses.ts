// The start and end pose of every exercise, as data for the one shared figure. World units: y is height
// above the floor, x is 0 at the middle of each panel, and the figure faces +x (right) unless `flip` is set.
import { type AngleLimb, type Pose, type Pt, LEN, go, solvePose } from './figure';
import type { Figure, Prop } from './render';

/** An angle limb that passes through a chosen middle point to a chosen end (for foreshortened limbs). */
function through(root: Pt, mid: Pt, end: Pt, l1: number, l2: number): AngleLimb {
  const ang = (a: Pt, b: Pt) => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  const len = (a: Pt, b: Pt) => Math.hypot(b[0] - a[0], b[1] - a[1]);
  return { a: ang(root, mid), b: ang(mid, end), s1: len(root, mid) / l1, s2: len(mid, end) / l2 };
}
/** A point on the body: `along` the torso from the hip, then `out` to the front (+) or back (-). */
function onTorso(p: Pose, along: number, out: number): Pt {
  return go(go(p.hip, p.lower, along), p.lower - 90, out);
}

const ANKLE = 5; // ankle height when the foot is flat
const STAND_HIP = ANKLE + LEN.shin + LEN.thigh;
const straight = { a: -90, b: -90 };
const hang = { a: -92, b: -86 };

const standing: Pose = {
  hip: [0, STAND_HIP],
  lower: 90,
  nearArm: hang,
  nearLeg: straight,
  nearFoot: 0,
  farFoot: 0,
};

// On hands and knees: knees under the hips, hands under the shoulders, top of the feet on the floor.
function allFours(over: Partial<Pose> = {}): Pose {
  const base: Pose = {
    hip: [-10, 50],
    lower: 18,
    upper: 14,
    neck: -12,
    nearArm: { to: [40, 5] },
    nearLeg: { a: -90, b: 180 },
    nearFoot: 182,
    farFoot: 182,
    ...over,
  };
  if (over.nearArm) return base;
  const shoulder = solvePose(base).shoulder;
  return { ...base, nearArm: { to: [shoulder[0] + 3, 5] } };
}

// Lying on the back, head to the left, knees bent and feet flat.
const FEET: Pt = [44, ANKLE];
function crook(over: Partial<Pose> = {}): Pose {
  return {
    hip: [0, 11],
    lower: 180,
    neck: 182,
    nearArm: { a: -6, b: -2 },
    nearLeg: { to: FEET },
    farLeg: { to: FEET },
    nearFoot: 0,
    farFoot: 0,
    ...over,
  };
}

const hinge = (x: number, y: number, torso: number): Pose => ({
  hip: [x, y],
  lower: torso,
  upper: torso,
  neck: torso - 8,
  nearArm: straight,
  nearLeg: { to: [4, ANKLE] },
  nearFoot: 0,
  farFoot: 0,
});

// Hip hinge with a stick: the stick lies along the back, touching the head, upper back and tailbone.
function stick(p: Pose): Prop {
  const a = go(onTorso(p, -10, -14), p.lower + 180, 0);
  const b = onTorso(p, 90, -14);
  return { kind: 'bar', pts: [a, b], width: 5, color: 'stick' };
}
function withStick(p: Pose): { pose: Pose; props: Prop[] } {
  const pose: Pose = { ...p, nearArm: { to: onTorso(p, 58, -15) }, farArm: { to: onTorso(p, 8, -15) } };
  return { pose, props: [stick(p)] };
}

const rdlStart: Pose = { ...standing, nearArm: { a: -84, b: -84 } };
const rdlEnd: Pose = { ...hinge(-24, 84, 28), nearArm: straight };

const gobletHands = (p: Pose): Pt => onTorso(p, 40, 20);
const squatStart: Pose = { ...standing, hip: [-6, STAND_HIP], nearLeg: { to: [4, ANKLE] } };
const squatEnd: Pose = { ...hinge(-30, 54, 62), upper: 70, neck: 72 };
const goblet = (p: Pose): Pose => ({ ...p, nearArm: { to: gobletHands(p) } });

// Split squat: front foot flat, back foot on its toes.
const splitStart: Pose = {
  hip: [-4, 86],
  lower: 90,
  nearArm: hang,
  farArm: { a: -88, b: -80 },
  nearLeg: { to: [30, ANKLE] },
  farLeg: { to: [-40, 13] },
  nearFoot: 0,
  farFoot: -40,
};
const splitEnd: Pose = { ...splitStart, hip: [-6, 52], farLeg: { to: [-44, 13] } };

const BOX = { x: 12, w: 56, h: 40 };
const stepStart: Pose = {
  hip: [-14, 86],
  lower: 90,
  upper: 86,
  nearArm: { a: -80, b: -70 },
  farArm: { a: -100, b: -90 },
  nearLeg: { to: [34, BOX.h + ANKLE] },
  farLeg: { to: [-18, ANKLE] },
  nearFoot: 0,
  farFoot: 0,
};
const stepEnd: Pose = {
  hip: [30, BOX.h + STAND_HIP - 1],
  lower: 90,
  nearArm: hang,
  nearLeg: { to: [34, BOX.h + ANKLE] },
  farLeg: { a: -60, b: -125 },
  nearFoot: 0,
};

const walkA: Pose = {
  hip: [0, 88],
  lower: 90,
  upper: 88,
  nearArm: { a: -115, b: -100 },
  farArm: { a: -68, b: -48 },
  nearLeg: { to: [26, 8] },
  farLeg: { to: [-22, 12] },
  nearFoot: 18,
  farFoot: -35,
};
const walkB: Pose = {
  ...walkA,
  nearArm: { a: -68, b: -48 },
  farArm: { a: -115, b: -100 },
  nearLeg: { to: [-22, 12] },
  farLeg: { to: [26, 8] },
  nearFoot: -35,
  farFoot: 18,
};

// 45-degree back extension: feet on the plate, thighs on the pad.
const benchAnkle: Pt = [-62, 36];
const benchHip = go(benchAnkle, 45, LEN.shin + LEN.thigh);
const benchLegs = { a: -135, b: -135 };
const backExtEnd: Pose = {
  hip: benchHip,
  lower: 45,
  nearLeg: benchLegs,
  nearFoot: -45,
  nearArm: { to: onTorso({ hip: benchHip, lower: 45, nearArm: straight, nearLeg: straight }, 40, 18) },
};
const backExtStart: Pose = {
  hip: benchHip,
  lower: -38,
  upper: -62,
  neck: -70,
  nearLeg: benchLegs,
  nearFoot: -45,
  nearArm: { to: onTorso({ hip: benchHip, lower: -50, nearArm: straight, nearLeg: straight }, 40, 18) },
};
function bench(): Prop[] {
  const padAt = go(go(benchHip, -135, 24), -45, 14);
  const plate = go(benchAnkle, -45, 9);
  const roller = go(go(benchAnkle, 45, 12), 135, 13);
  return [
    {
      kind: 'bar',
      pts: [
        [-80, 0],
        [60, 0],
      ],
      width: 6,
    },
    { kind: 'bar', pts: [go(padAt, -45, 6), [padAt[0] + 20, 0]], width: 6 },
    { kind: 'bar', pts: [roller, go(plate, 225, 8), [-75, 0]], width: 6 },
    { kind: 'bar', pts: [go(plate, -135, 14), go(plate, 45, 20)], width: 6 },
    { kind: 'pad', at: padAt, w: 30, h: 14, angle: 45 },
    { kind: 'pad', at: roller, w: 14, h: 14, angle: 0 },
  ];
}

// Pallof press: the band pulls from an anchor at your side; here drawn behind you.
const pallofBase: Pose = {
  hip: [-6, 84],
  lower: 88,
  nearArm: straight,
  nearLeg: { to: [4, ANKLE] },
  nearFoot: 0,
  farFoot: 0,
};
const pallofStart: Pose = { ...pallofBase, nearArm: { to: onTorso(pallofBase, 44, 22) } };
const pallofEnd: Pose = { ...pallofBase, nearArm: { a: -4, b: -4 } };
const post: Prop[] = [
  { kind: 'box', x: -84, w: 12, h: 150, rx: 2 },
  { kind: 'label', at: [-18, 172], text: 'band at your side' },
];
const band: Prop = {
  kind: 'bar',
  pts: [[-72, 128], { joint: 'nearWrist' }],
  color: 'band',
  width: 4,
};

// Sciatic nerve slider, seated on a bench.
const SEAT = { x: -46, w: 52, h: 46 };
const seated: Pose = {
  hip: [-14, SEAT.h + 8],
  lower: 84,
  upper: 76,
  neck: 38,
  nearArm: { to: [0, SEAT.h + 6] },
  nearLeg: { to: [34, ANKLE] },
  farLeg: { to: [30, ANKLE] },
  nearFoot: 0,
  farFoot: 0,
};
const sliderEnd: Pose = { ...seated, neck: 110, upper: 82, nearLeg: { a: 2, b: -6 }, nearFoot: 96 };

const standBackStart: Pose = {
  ...standing,
  nearArm: { to: onTorso(standing, 14, -16) },
};
const standBackEnd: Pose = {
  hip: [8, STAND_HIP - 2],
  lower: 102,
  upper: 114,
  neck: 120,
  nearArm: { to: onTorso({ ...standing, hip: [8, STAND_HIP - 2], lower: 102 }, 14, -16) },
  nearLeg: { to: [0, ANKLE] },
  nearFoot: 0,
  farFoot: 0,
};

const childEnd: Pose = {
  hip: [-26, 27],
  lower: 14,
  upper: -14,
  neck: -32,
  nearArm: { to: [110, 6] },
  nearLeg: { to: [-30, 7] },
  nearFoot: 182,
  farFoot: 182,
};

// Figure-4: the near ankle rests on the far knee.
function figure4(support: AngleLimb | { to: Pt }, arms: Pose['nearArm'], kneeAngle: number): Pose {
  // Seen from the side of the supporting leg (near, dark); the crossed leg's knee points away (far, light).
  const base = crook({ nearLeg: support, nearArm: arms, farArm: arms });
  const supportKnee = solvePose(base).nearKnee;
  const knee = go(base.hip, kneeAngle, LEN.thigh * 0.62);
  const ankle: Pt = [supportKnee[0] + 2, supportKnee[1] + 12];
  // The crossed shin runs back up to the other knee, so in side view it makes the 4 with its thigh.
  return {
    ...base,
    farLeg: through(base.hip, knee, ankle, LEN.thigh, LEN.shin),
    farFoot: 110,
    allow: ['far knee'],
  };
}

// Thoracic rotation on all fours: near hand behind the head, elbow down, then up to the ceiling.
const quad = allFours();
const rotBase = quad;
const hands = (p: Pose): Pose['nearArm'] => p.nearArm;
const headTop = (p: Pose): Pt => {
  const j = solvePose(p);
  return [j.head[0] - 8, j.head[1] + 6];
};
// The elbow folds down under the chest, then turns up to point at the ceiling; the hand stays on the head.
function rotation(elbow: Pt): Pose {
  const j = solvePose(rotBase);
  const at: Pt = [j.shoulder[0] + elbow[0], j.shoulder[1] + elbow[1]];
  return {
    ...rotBase,
    farArm: hands(rotBase),
    nearArm: through(j.shoulder, at, headTop(rotBase), LEN.upperArm, LEN.forearm),
    allow: ['near elbow'],
  };
}
const rotStart = rotation([6, -22]);
const rotEnd = rotation([2, 26]);

const bridgeEnd: Pose = crook({
  hip: [0, 42],
  lower: 212,
  upper: 204,
  neck: 188,
  nearArm: { a: -8, b: -4 },
});

const birdEnd: Pose = {
  ...quad,
  neck: -24,
  nearArm: { a: 12, b: 12 },
  farArm: hands(quad),
  farLeg: { a: 174, b: 174 },
  farFoot: 262,
};

const plankStart: Pose = {
  hip: [-10, 11],
  lower: 30,
  upper: 32,
  neck: 42,
  nearArm: { a: -90, b: 0 },
  nearLeg: { a: 180, b: 180 },
  nearFoot: 198,
};
const plankEnd: Pose = {
  hip: [-10, 29.5],
  lower: 7,
  neck: 5,
  nearArm: { a: -90, b: 0 },
  nearLeg: { a: 187, b: 187 },
  nearFoot: -84,
};

const sideStartPose: Pose = {
  hip: [-10, 11],
  lower: 28,
  face: false,
  nearArm: { to: onTorso({ hip: [-10, 11], lower: 28, nearArm: straight, nearLeg: straight }, 0, -13) },
  farArm: { a: -90, b: -45, s2: 0.35 },
  nearLeg: { a: 180, b: 180 },
  nearFoot: 170,
};
const sideEndHip: Pt = [-10, 25.5];
const sideEndPose: Pose = {
  ...sideStartPose,
  hip: sideEndHip,
  lower: 11.6,
  nearArm: { to: onTorso({ hip: sideEndHip, lower: 11.6, nearArm: straight, nearLeg: straight }, 0, -13) },
  nearLeg: { a: 191.6, b: 191.6 },
  nearFoot: 182,
};

// The neck base stays at the same height as in the flat-back pose, so the arms stay straight.
const cat = allFours({ lower: 40, upper: -2, neck: -60 });
const camel = allFours({ lower: -6, upper: 35, neck: 50 });

const kneeHug: Pose = crook({ nearLeg: { a: 122, b: 30 }, nearFoot: 110 });
const kneeHugArms = (): Pose => {
  const j = solvePose(kneeHug);
  const grip = go(j.nearKnee, 30, 12);
  return { ...kneeHug, nearArm: { to: grip } };
};

const proneStart: Pose = {
  hip: [-30, 11],
  lower: 0,
  neck: -4,
  // Elbows bent and pointing up (the arm is turned out, so side view shows it folded); hands by the shoulders.
  nearArm: through([18, 11], [8, 30], [30, 7], LEN.upperArm, LEN.forearm),
  nearLeg: { a: 180, b: 180 },
  nearFoot: 182,
  allow: ['near elbow', 'far elbow'],
};
// The lower torso segment stands in for the curving low back, so its angle to the thigh looks like hip extension.
const proneEnd: Pose = {
  ...proneStart,
  lower: 38,
  upper: 78,
  neck: 80,
  nearArm: { to: [30, 5] },
  allow: ['near hip flexion', 'far hip flexion'],
};

const kneelHands = (p: Pose): Pt => onTorso(p, 4, 6);
const halfKneel: Pose = {
  hip: [-4, 51],
  lower: 90,
  nearArm: straight,
  nearLeg: { to: [38, ANKLE] },
  farLeg: { a: -98, b: 180 },
  nearFoot: 0,
  farFoot: 182,
};
const halfKneelEnd: Pose = { ...halfKneel, hip: [10, 48], farLeg: { a: -115, b: 180 } };

const strapStart: Pose = crook({ nearLeg: { a: 118, b: 40 }, nearFoot: 150, nearArm: { to: [-28, 34] } });
const strapEnd: Pose = crook({ nearLeg: { a: 88, b: 88 }, nearFoot: 176, nearArm: { to: [-24, 48] } });
const strap = (p: Pose): Prop => {
  const j = solvePose(p);
  return {
    kind: 'bar',
    // From the hands to the sole (the sole faces 90 degrees clockwise from the foot's direction).
    pts: [{ joint: 'nearWrist' }, go(go(j.nearToe, (p.nearFoot ?? 0) + 180, 5), (p.nearFoot ?? 0) - 90, 5)],
    color: 'band',
    width: 3.5,
  };
};

const curlBase: Pose = crook({
  farLeg: { a: -1, b: -1 },
  farFoot: 95,
  nearArm: { a: -8, b: 0, s1: 0.8, s2: 0.3 },
});
const curlEnd: Pose = { ...curlBase, upper: 164, neck: 156 };

const deadBugStart: Pose = crook({
  nearArm: { a: 90, b: 90 },
  farArm: { a: 90, b: 90 },
  nearLeg: { a: 90, b: 0 },
  farLeg: { a: 90, b: 0 },
  nearFoot: 96,
  farFoot: 96,
});
const deadBugEnd: Pose = {
  ...deadBugStart,
  nearArm: { a: 148, b: 150 },
  farArm: { a: 90, b: 90 },
  farLeg: { a: 12, b: 12 },
  farFoot: 110,
};

const tiltStart: Pose = crook({ lower: 167, upper: 193 });
const tiltEnd: Pose = crook({ hip: [0, 12], lower: 180, upper: 180 });

// Hands resting on the belly: elbows on the floor by the waist, forearms up onto the belly.
const bracePose: Pose = crook({ nearArm: { a: -8, b: 58, s2: 0.7 } });

export const figures: Figure[] = [
  // Existing exercises.
  {
    slug: 'pelvic-tilt',
    title: 'Pelvic tilt',
    layout: 'stack',
    start: { pose: tiltStart, props: [{ kind: 'arrow', from: [-24, 40], to: [-24, 24] }] },
    end: { pose: tiltEnd },
  },
  {
    slug: 'glute-bridge',
    title: 'Glute bridge',
    layout: 'stack',
    start: { pose: crook() },
    end: { pose: bridgeEnd },
  },
  { slug: 'bird-dog', title: 'Bird dog', layout: 'stack', start: { pose: quad }, end: { pose: birdEnd } },
  {
    slug: 'dead-bug',
    title: 'Dead bug',
    layout: 'stack',
    start: { pose: deadBugStart },
    end: { pose: deadBugEnd },
  },
  {
    slug: 'front-plank',
    title: 'Front plank',
    layout: 'stack',
    start: { pose: plankStart },
    end: { pose: plankEnd },
  },
  {
    slug: 'side-plank',
    title: 'Side plank',
    layout: 'stack',
    start: { pose: sideStartPose },
    end: { pose: sideEndPose },
  },
  { slug: 'cat-camel', title: 'Cat-camel', layout: 'stack', start: { pose: cat }, end: { pose: camel } },
  {
    slug: 'knee-to-chest',
    title: 'Knee to chest',
    layout: 'stack',
    start: { pose: crook() },
    end: { pose: kneeHugArms() },
  },
  {
    slug: 'prone-press-up',
    title: 'Prone press-up',
    layout: 'stack',
    start: { pose: proneStart },
    end: { pose: proneEnd },
  },
  {
    slug: 'hip-flexor-stretch',
    title: 'Hip flexor stretch',
    layout: 'row',
    start: { pose: { ...halfKneel, nearArm: { to: kneelHands(halfKneel) } } },
    end: { pose: { ...halfKneelEnd, nearArm: { to: kneelHands(halfKneelEnd) } } },
  },
  {
    slug: 'hamstring-stretch',
    title: 'Hamstring stretch',
    layout: 'stack',
    scale: 1,
    start: { pose: strapStart, props: [strap(strapStart)] },
    end: { pose: strapEnd, props: [strap(strapEnd)] },
  },
  { slug: 'curl-up', title: 'Curl-up', layout: 'stack', start: { pose: curlBase }, end: { pose: curlEnd } },
  {
    slug: 'hip-hinge-drill',
    title: 'Hip hinge drill',
    layout: 'row',
    start: withStick(standing),
    end: withStick(hinge(-24, 86, 40)),
  },
  // New exercises.
  {
    slug: 'walking-program',
    title: 'Walking program',
    layout: 'row',
    start: { pose: walkA },
    end: { pose: walkB },
  },
  {
    slug: 'loaded-carry',
    title: 'Loaded carry',
    layout: 'row',
    start: {
      pose: { ...standing, nearArm: { a: -90, b: -90 } },
      props: [
        { kind: 'kettlebell', at: { joint: 'farWrist', dy: 3 } },
        { kind: 'kettlebell', at: { joint: 'nearWrist', dy: 3 }, front: true },
      ],
    },
    end: {
      pose: { ...walkA, nearArm: { a: -93, b: -90 }, farArm: { a: -87, b: -90 } },
      props: [
        { kind: 'kettlebell', at: { joint: 'farWrist', dy: 3 } },
        { kind: 'kettlebell', at: { joint: 'nearWrist', dy: 3 }, front: true },
      ],
    },
  },
  {
    slug: 'romanian-deadlift',
    title: 'Romanian deadlift',
    layout: 'row',
    shift: 4,
    start: {
      pose: rdlStart,
      props: [{ kind: 'kettlebell', at: { joint: 'nearWrist', dy: 3 }, front: true, r: 11 }],
    },
    end: {
      pose: rdlEnd,
      props: [{ kind: 'kettlebell', at: { joint: 'nearWrist', dy: 3 }, front: true, r: 11 }],
    },
  },
  {
    slug: 'goblet-box-squat',
    title: 'Goblet squat to a box',
    layout: 'row',
    shift: 10,
    start: {
      pose: goblet(squatStart),
      props: [
        { kind: 'box', x: -66, w: 40, h: 44 },
        { kind: 'kettlebell', at: { joint: 'nearWrist', dy: 4 }, front: true, r: 10 },
      ],
    },
    end: {
      pose: goblet(squatEnd),
      props: [
        { kind: 'box', x: -66, w: 40, h: 44 },
        { kind: 'kettlebell', at: { joint: 'nearWrist', dy: 4 }, front: true, r: 10 },
      ],
    },
  },
  {
    slug: 'split-squat',
    title: 'Split squat',
    layout: 'row',
    start: { pose: splitStart },
    end: { pose: splitEnd },
  },
  {
    slug: 'step-up',
    title: 'Step-up',
    layout: 'row',
    shift: -10,
    scale: 0.9,
    start: { pose: stepStart, props: [{ kind: 'box', ...BOX }] },
    end: { pose: stepEnd, props: [{ kind: 'box', ...BOX }] },
  },
  {
    slug: 'back-extension-45',
    title: '45-degree back extension',
    layout: 'row',
    shift: 6,
    start: { pose: backExtStart, props: bench() },
    end: { pose: backExtEnd, props: bench() },
  },
  {
    slug: 'pallof-press',
    title: 'Pallof press',
    layout: 'row',
    shift: 10,
    start: { pose: pallofStart, props: [...post, band] },
    end: { pose: pallofEnd, props: [...post, band] },
  },
  {
    slug: 'sciatic-nerve-slider',
    title: 'Sciatic nerve slider',
    layout: 'row',
    start: { pose: seated, props: [{ kind: 'box', ...SEAT }] },
    end: { pose: sliderEnd, props: [{ kind: 'box', ...SEAT }] },
  },
  {
    slug: 'standing-back-extension',
    title: 'Standing back extension',
    layout: 'row',
    start: { pose: standBackStart },
    end: { pose: standBackEnd },
  },
  {
    slug: 'childs-pose',
    title: "Child's pose",
    layout: 'stack',
    start: { pose: quad },
    end: { pose: childEnd },
  },
  {
    slug: 'figure-4-stretch',
    title: 'Figure-4 stretch',
    layout: 'stack',
    start: { pose: figure4({ to: FEET }, { a: -6, b: -2 }, 30) },
    end: { pose: figure4({ a: 112, b: 22 }, { to: [-8, 44] }, 60) },
  },
  {
    slug: 'thoracic-rotation',
    title: 'Thoracic rotation',
    layout: 'stack',
    start: { pose: rotStart },
    end: { pose: rotEnd },
  },
  {
    slug: 'breathing-and-bracing',
    title: 'Breathing and bracing',
    layout: 'stack',
    start: {
      pose: bracePose,
      props: [
        { kind: 'arrow', from: { joint: 'waist', dy: 14 }, to: { joint: 'waist', dy: 30 } },
        { kind: 'label', at: [60, 60], text: 'breathe in' },
      ],
    },
    end: {
      pose: bracePose,
      props: [
        { kind: 'arrow', from: { joint: 'waist', dx: -26, dy: 24 }, to: { joint: 'waist', dx: -8, dy: 14 } },
        { kind: 'arrow', from: { joint: 'waist', dx: 26, dy: 24 }, to: { joint: 'waist', dx: 8, dy: 14 } },
        { kind: 'label', at: [70, 60], text: 'brace gently' },
      ],
    },
  },
];
