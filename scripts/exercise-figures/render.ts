// Renders two posed figures (start and end) with their props into one small, script-free SVG.
import { type JointName, type Joints, type Pose, type Pt, WIDTH, LEN, go, solvePose } from './figure';

/** A point in world units, or a joint of the panel's figure plus an offset. */
export type Anchor = Pt | { joint: JointName; dx?: number; dy?: number };

export type Prop =
  | { kind: 'box'; x: number; y?: number; w: number; h: number; rx?: number }
  | { kind: 'pad'; at: Anchor; w: number; h: number; angle: number }
  | { kind: 'bar'; pts: Anchor[]; width?: number; color?: 'prop' | 'band' | 'stick' }
  | { kind: 'kettlebell'; at: Anchor; front?: boolean; r?: number }
  | { kind: 'wall'; x: number; side: 'left' | 'right' }
  | { kind: 'arrow'; from: Anchor; to: Anchor }
  | { kind: 'label'; at: Anchor; text: string };

export interface Panel {
  pose: Pose;
  props?: Prop[];
}

export interface Figure {
  slug: string;
  title: string;
  /** row: two panels side by side (upright poses); stack: one above the other (lying and kneeling poses). */
  layout: 'row' | 'stack';
  flip?: boolean;
  start: Panel;
  end: Panel;
  /** Horizontal shift of both figures inside their panels, in world units. */
  shift?: number;
  /** Pixels per world unit: 1 for upright poses, larger for lying ones, which are low and wide. */
  scale?: number;
}

const C = {
  near: '#0f4c5c',
  far: '#7fa7b2',
  prop: '#64748b',
  propFill: '#e2e8f0',
  band: '#c2410c',
  stick: '#92400e',
  floor: '#94a3b8',
  text: '#0f172a',
  rule: '#cbd5e1',
} as const;

const W = 400;
const H = 240;
const n = (v: number) => (Math.round(v * 10) / 10).toString();

interface Frame {
  ox: number;
  floor: number;
  flip: boolean;
  /** Pixels per world unit. */
  s: number;
}

function place(f: Frame, p: Pt): Pt {
  return [f.ox + (f.flip ? -p[0] : p[0]) * f.s, f.floor - p[1] * f.s];
}

function resolve(a: Anchor, j: Joints): Pt {
  if (!('joint' in a)) return a;
  const p = j[a.joint];
  return [p[0] + (a.dx ?? 0), p[1] + (a.dy ?? 0)];
}

const line = (f: Frame, pts: Pt[]) =>
  'M' +
  pts
    .map((p) => place(f, p))
    .map(([x, y]) => `${n(x)} ${n(y)}`)
    .join('L');

function torsoPath(f: Frame, j: Joints): string {
  // A quadratic curve through the waist, so a rounded or arched back reads as a curve, not a kink.
  const mid: Pt = [(j.hip[0] + j.neckBase[0]) / 2, (j.hip[1] + j.neckBase[1]) / 2];
  const ctrl: Pt = [2 * j.waist[0] - mid[0], 2 * j.waist[1] - mid[1]];
  const a = place(f, j.hip);
  const c = place(f, ctrl);
  const b = place(f, j.neckBase);
  return `M${n(a[0])} ${n(a[1])}Q${n(c[0])} ${n(c[1])} ${n(b[0])} ${n(b[1])}`;
}

interface Stroke {
  d: string;
  w: number;
}

function limbStrokes(f: Frame, j: Joints, side: 'near' | 'far'): Stroke[] {
  const near = side === 'near';
  const knee = near ? j.nearKnee : j.farKnee;
  const ankle = near ? j.nearAnkle : j.farAnkle;
  const elbow = near ? j.nearElbow : j.farElbow;
  const wrist = near ? j.nearWrist : j.farWrist;
  return [
    { d: line(f, [j.hip, knee]), w: WIDTH.thigh },
    { d: line(f, [knee, ankle]), w: WIDTH.shin },
    { d: line(f, near ? [j.nearHeel, j.nearToe] : [j.farHeel, j.farToe]), w: WIDTH.foot },
    { d: line(f, [j.shoulder, elbow]), w: WIDTH.upperArm },
    { d: line(f, [elbow, wrist]), w: WIDTH.forearm },
    { d: line(f, [wrist, wrist]), w: WIDTH.handR * 2 },
  ];
}

/** Group strokes of the same width into one path each, to keep the file small. */
function strokes(f: Frame, list: Stroke[], color: string, extra = 0): string {
  const byWidth = new Map<number, string[]>();
  for (const s of list) byWidth.set(s.w, [...(byWidth.get(s.w) ?? []), s.d]);
  return [...byWidth.entries()]
    .map(([w, ds]) => `<path stroke="${color}" stroke-width="${n(w * f.s + extra)}" d="${ds.join('')}"/>`)
    .join('');
}

function kettlebell(f: Frame, handle: Pt, r: number): string {
  // The handle top sits at the hand; the bell hangs below it.
  const [hx, hy] = place(f, handle);
  const cy = hy + r * 0.6 + r;
  return (
    `<path fill="none" stroke="${C.prop}" stroke-width="3.5" d="M${n(hx - r * 0.55)} ${n(cy - r * 0.7)}V${n(hy + 2)}H${n(hx + r * 0.55)}V${n(cy - r * 0.7)}"/>` +
    // A white rim keeps the bell readable where it hangs in front of a dark thigh, also in grayscale.
    `<circle cx="${n(hx)}" cy="${n(cy)}" r="${n(r)}" fill="${C.prop}" stroke="#fff" stroke-width="2.5"/>`
  );
}

function propSvg(f: Frame, p: Prop, j: Joints): string {
  switch (p.kind) {
    case 'box': {
      const [x1, y1] = place(f, [p.x, (p.y ?? 0) + p.h]);
      const [x2] = place(f, [p.x + p.w, 0]);
      return `<rect x="${n(Math.min(x1, x2))}" y="${n(y1)}" width="${n(p.w * f.s)}" height="${n(p.h * f.s)}" rx="${p.rx ?? 3}" fill="${C.propFill}" stroke="${C.prop}" stroke-width="3"/>`;
    }
    case 'pad': {
      const [cx, cy] = place(f, resolve(p.at, j));
      const a = f.flip ? 180 - p.angle : p.angle;
      return `<rect x="${n((-p.w / 2) * f.s)}" y="${n((-p.h / 2) * f.s)}" width="${n(p.w * f.s)}" height="${n(p.h * f.s)}" rx="${n((p.h / 2) * f.s)}" transform="translate(${n(cx)} ${n(cy)}) rotate(${n(-a)})" fill="${C.propFill}" stroke="${C.prop}" stroke-width="3"/>`;
    }
    case 'bar': {
      const color = p.color === 'band' ? C.band : p.color === 'stick' ? C.stick : C.prop;
      return `<path fill="none" stroke="${color}" stroke-width="${p.width ?? 4}" d="${line(
        f,
        p.pts.map((a) => resolve(a, j)),
      )}"/>`;
    }
    case 'kettlebell':
      return kettlebell(f, resolve(p.at, j), (p.r ?? 9) * f.s);
    case 'wall': {
      const [x] = place(f, [p.x, 0]);
      const left = (p.side === 'left') !== f.flip;
      return `<rect x="${n(left ? x - 10 : x)}" y="14" width="10" height="${n(f.floor - 14)}" fill="${C.propFill}" stroke="${C.prop}" stroke-width="3"/>`;
    }
    case 'label': {
      const [x, y] = place(f, resolve(p.at, j));
      return `<text x="${n(x)}" y="${n(y)}" stroke="none" fill="${C.text}" font-family="system-ui,Arial,sans-serif" font-size="13" font-weight="600" text-anchor="middle">${p.text}</text>`;
    }
    case 'arrow': {
      const a = place(f, resolve(p.from, j));
      const b = place(f, resolve(p.to, j));
      const ang = Math.atan2(b[1] - a[1], b[0] - a[0]);
      const head = (t: number) => `${n(b[0] - 8 * Math.cos(ang + t))} ${n(b[1] - 8 * Math.sin(ang + t))}`;
      return `<path fill="none" stroke="${C.band}" stroke-width="3" d="M${n(a[0])} ${n(a[1])}L${n(b[0])} ${n(b[1])}M${head(-0.5)}L${n(b[0])} ${n(b[1])}L${head(0.5)}"/>`;
    }
  }
}

function figureSvg(f: Frame, panel: Panel): string {
  const j = solvePose(panel.pose);
  // Held weights, arrows and words go in front of the body; the rest (floor props, bands) behind it.
  const inFront = (p: Prop) =>
    (p.kind === 'kettlebell' && p.front) || p.kind === 'arrow' || p.kind === 'label';
  const back = (panel.props ?? []).filter((p) => !inFront(p));
  const front = (panel.props ?? []).filter(inFront);
  const torso: Stroke[] = [
    { d: line(f, [j.neckBase, go(j.neckBase, angle(j.neckBase, j.head), LEN.neck)]), w: WIDTH.neck },
    { d: torsoPath(f, j), w: WIDTH.upperTorso },
  ];
  const near = limbStrokes(f, j, 'near');
  const [hx, hy] = place(f, j.head);
  const head = `<circle cx="${n(hx)}" cy="${n(hy)}" r="${n(LEN.headR * f.s)}"`;
  const nose = j.nose ? place(f, j.nose) : null;
  return [
    strokes(f, limbStrokes(f, j, 'far'), C.far),
    back.map((p) => propSvg(f, p, j)).join(''),
    // White outlines behind the body and the near limbs, so what is nearer reads as in front.
    strokes(f, torso, '#fff', 5),
    `<circle cx="${n(hx)}" cy="${n(hy)}" r="${n(LEN.headR * f.s + 2.5)}" fill="#fff"/>`,
    strokes(f, torso, C.near),
    nose ? `<circle cx="${n(nose[0])}" cy="${n(nose[1])}" r="${n(3.5 * f.s)}" fill="${C.near}"/>` : '',
    `${head} fill="${C.near}"/>`,
    strokes(f, near, '#fff', 5),
    strokes(f, near, C.near),
    front.map((p) => propSvg(f, p, j)).join(''),
  ].join('');
}

const angle = (a: Pt, b: Pt) => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;

export function renderFigure(fig: Figure, alt: string): string {
  const flip = fig.flip ?? false;
  const s = fig.scale ?? (fig.layout === 'row' ? 1 : 1.3);
  const shift = (fig.shift ?? 0) * s;
  const frames: [Frame, Frame] =
    fig.layout === 'row'
      ? [
          { ox: 100 + shift, floor: 226, flip, s },
          { ox: 300 + shift, floor: 226, flip, s },
        ]
      : [
          { ox: 200 + shift, floor: 110, flip, s },
          { ox: 200 + shift, floor: 230, flip, s },
        ];
  const labels =
    fig.layout === 'row'
      ? `<text x="100" y="22">Start</text><text x="300" y="22">End</text>`
      : `<text x="10" y="22" text-anchor="start">Start</text><text x="10" y="142" text-anchor="start">End</text>`;
  const floors =
    fig.layout === 'row'
      ? `M8 ${frames[0].floor + 1.5}H192M208 ${frames[1].floor + 1.5}H392`
      : `M8 ${frames[0].floor + 1.5}H392M8 ${frames[1].floor + 1.5}H392`;
  const rule = fig.layout === 'row' ? 'M200 10V230' : 'M8 121H392';
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t">` +
    `<title id="t">${esc(fig.title)}: ${esc(alt)}</title>` +
    `<rect width="${W}" height="${H}" fill="#fff"/>` +
    `<path stroke="${C.rule}" stroke-width="2" d="${rule}"/>` +
    `<path stroke="${C.floor}" stroke-width="3" d="${floors}"/>` +
    `<g font-family="system-ui,Arial,sans-serif" font-size="16" font-weight="700" fill="${C.text}" text-anchor="middle">${labels}</g>` +
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round">` +
    figureSvg(frames[0], fig.start) +
    figureSvg(frames[1], fig.end) +
    `</g></svg>\n`
  );
}
