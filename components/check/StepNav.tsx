// The wizard's buttons, in the order they are seen: Back (from the second question), then the question,
// then Continue. Enter in a text box submits with the form's first submit button, so a visually hidden
// Continue comes first in the DOM: Enter still continues, while Tab meets Back before the question and
// Continue after it, matching what the eye sees. The hidden twin is out of the tab order and hidden from
// screen readers, which get the visible Continue at the end.

const submit = { type: 'submit', name: 'nav', value: 'continue' } as const;

export function DefaultContinue() {
  return (
    <button {...submit} className="sr-only" tabIndex={-1} aria-hidden="true">
      Continue
    </button>
  );
}

export function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <div>
      <button
        type="submit"
        name="nav"
        value="back"
        formNoValidate
        onClick={(event) => {
          // With JavaScript the step changes here; without it the form posts nav=back to the server action.
          event.preventDefault();
          onBack();
        }}
        className="inline-flex min-h-11 items-center gap-1 text-brand-700 underline underline-offset-2"
      >
        <span aria-hidden="true">‹</span> Back
      </button>
    </div>
  );
}

export function ContinueButton() {
  return (
    <div>
      <button {...submit} className="btn-primary">
        Continue
      </button>
    </div>
  );
}
