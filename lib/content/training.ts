// The Training documents (content/training/*.mdx): the self-check's keep/swap/pause blocks, handed to the
// plan as plain data so lib/triage never reads the content engine.
import { allTrainings } from 'contentlayer/generated';
import type { TrainingDoc } from '../triage/training';
import { referenceHref } from './references';

type Step = (typeof allTrainings)[number]['steps'][number];
const docStep = (s: Step) => ({
  title: s.title,
  do: s.do,
  ...(s.exercises ? { exercises: s.exercises } : {}),
  ...(s.loads ? { loads: s.loads } : {}),
});

const docs: TrainingDoc[] = [...allTrainings]
  .sort((a, b) => a.activity.localeCompare(b.activity))
  .map((t) => ({
    activity: t.activity,
    title: t.title,
    ...(t.intro ? { intro: t.intro } : {}),
    keep: t.keep.map((k) => ({ do: k.do, ...(k.loads ? { loads: k.loads } : {}) })),
    swap: t.swap.map((s) => ({
      instead: s.instead,
      try: s.try,
      ...(s.exercise ? { exercise: s.exercise } : {}),
      ...(s.loads ? { loads: s.loads } : {}),
    })),
    pause: t.pause,
    steps: t.steps.map(docStep),
    ...(t.gentler ? { gentler: docStep(t.gentler) } : {}),
    moveOn: t.moveOn,
    evidence: t.evidence,
    references: t.references.map((r) => ({
      authors: r.authors,
      year: r.year,
      title: r.title,
      source: r.source,
      ...(referenceHref(r) ? { url: referenceHref(r) } : {}),
    })),
  }));

export function allTrainingDocs(): TrainingDoc[] {
  return docs;
}
