'use server';
// The no-JavaScript path of the self-check: each Continue or Back posts the whole form here and the page
// renders the next step from the returned state. Nothing is stored or logged; the answers only live in
// the request body and the returned page.
import { applyPost, type FormValues, type WizardState } from '@/lib/triage/flow';
import { getQuestion, questionIds } from '@/lib/triage/questions';
import { formOf } from '@/lib/server/formRound';

function readForm(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const id of questionIds) {
    const all = formData.getAll(id).filter((v): v is string => typeof v === 'string');
    if (all.length === 0) continue;
    values[id] = getQuestion(id).kind === 'set' ? all : all[0];
  }
  return values;
}

export async function checkStep(_previous: WizardState, posted: FormData): Promise<WizardState> {
  const formData = formOf(posted);
  const step = Number(formData.get('step'));
  const nav = formData.get('nav') === 'back' ? 'back' : 'continue';
  return applyPost(readForm(formData), Number.isFinite(step) ? step : 0, nav);
}
