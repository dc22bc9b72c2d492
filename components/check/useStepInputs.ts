'use client';
// Props for the inputs of one question, bound to react-hook-form, with "None of these" standing alone.
import type { ChangeEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { NONE, type Question } from '@/lib/triage/questions';
import { list, type Values } from './formValues';
import type { InputProps } from './QuestionStep';

export function useStepInputs(form: UseFormReturn<Values>, question: Question) {
  return (value?: string): InputProps => {
    const reg = form.register(question.id);
    const current = list(form.getValues(question.id));
    const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
      await reg.onChange(event);
      // "None of these" stands alone: ticking it clears the others, ticking another clears it.
      if (question.kind !== 'set' || !event.target.checked) return;
      const ticked = list(form.getValues(question.id));
      const next = event.target.value === NONE ? [NONE] : ticked.filter((v) => v !== NONE);
      if (next.length !== ticked.length)
        form.setValue(question.id, next, { shouldValidate: !!form.formState.errors[question.id] });
    };
    if (question.kind === 'number') return { ...reg, onChange, defaultValue: current[0] ?? '' };
    return { ...reg, onChange, defaultChecked: value !== undefined && current.includes(value) };
  };
}
