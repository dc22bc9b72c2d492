'use client';
// The self-check wizard: the only client component of /check. Without JavaScript it is a plain form that
// posts each step to /check/answer, which redirects to the next page (post, redirect, get), with the answers
// so far carried as hidden inputs. With JavaScript, react-hook-form runs the same steps in the browser,
// checked by the same zod field schemas, with no page loads and nothing sent anywhere.
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import type { FormValues, WizardState } from '@/lib/triage/flow';
import type { Library } from '@/lib/triage/plan';
import { questionIds } from '@/lib/triage/questions';
import { list } from './formValues';
import { headingText, QuestionStep } from './QuestionStep';
import type { Contacts } from './result/parts';
import { BackButton, ContinueButton, DefaultContinue } from './StepNav';
import { forgetAnswers } from './tabMemory';
import { useHydrated, useWizard } from './useWizard';
import { useStepInputs } from './useStepInputs';

interface Props {
  /** Where the page starts: the first question, or the page a no-JS post redirected to. */
  initial: WizardState;
  library: Library;
  contacts: Contacts;
  siteName: string;
}

function HiddenAnswers({ values, except }: { values: FormValues; except: string }) {
  return questionIds
    .filter((id) => id !== except)
    .flatMap((id) =>
      list(values[id]).map((v, i) => <input key={`${id}-${i}`} type="hidden" name={id} value={v} />),
    );
}

// The result pages (plan, training blocks, care cards) load only when a result is shown, so the questions'
// first load stays within its budget; the server still renders them for the no-JavaScript path.
const CheckResult = dynamic(() => import('./result/CheckResult').then((m) => m.CheckResult));

// React places this <title> in the head, for the server HTML (no JavaScript) and each step alike.
const PageTitle = ({ title, siteName }: { title: string; siteName: string }) => (
  <title>{`${title} - Self-check | ${siteName}`}</title>
);

function Result({ children, siteName }: { children: ReactNode; siteName: string }) {
  return (
    <>
      <PageTitle title="Your result" siteName={siteName} />
      {children}
    </>
  );
}

export function CheckWizard({ initial, library, contacts, siteName }: Props) {
  const hydrated = useHydrated();
  const wizard = useWizard(initial);
  const { question, error, index, place } = wizard;
  const inputProps = useStepInputs(wizard.form, question);

  if (wizard.answers) {
    const printButton = hydrated ? (
      <button type="button" className="btn-secondary" onClick={() => window.print()}>
        Print this page
      </button>
    ) : null;
    return (
      <Result siteName={siteName}>
        <CheckResult
          answers={wizard.answers}
          library={library}
          contacts={contacts}
          printButton={printButton}
          onStartAgain={forgetAnswers}
        />
      </Result>
    );
  }

  const counter = `Question ${place.number} of ${place.total}`;
  return (
    <div className="max-w-3xl">
      <PageTitle
        title={`${error ? 'Error: ' : ''}${headingText(question)} (${counter.toLowerCase()})`}
        siteName={siteName}
      />
      <ErrorSummary
        errors={error ? [{ field: question.id, message: error }] : []}
        // The counter only while there is an error: the key changes when an error first shows, whichever of
        // react-hook-form's error and the counter renders first, and again on each failed submit.
        focusKey={error ? wizard.failedSubmits : undefined}
      />
      <form
        action="/check/answer"
        method="post"
        onSubmit={wizard.onSubmit}
        noValidate
        autoComplete="off"
        className="flex flex-col gap-8"
      >
        <DefaultContinue />
        {index > 0 ? <BackButton onBack={wizard.goBack} /> : null}
        <input type="hidden" name="step" value={index} />
        {hydrated ? null : <HiddenAnswers values={wizard.initial.values} except={question.id} />}
        <p className="text-lg text-slate-700">{counter}</p>
        <QuestionStep
          key={`${question.id}-${wizard.restored}`}
          question={question}
          error={error}
          inputProps={inputProps}
        />
        <ContinueButton />
      </form>
      <p className="mt-10 text-slate-700">
        Your answers stay on this page: we do not store them.{' '}
        <a href="/check/how-it-works">How the self-check works</a>
      </p>
    </div>
  );
}
