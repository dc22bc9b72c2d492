/** A one-line status or problem message at the top of a booking page. */
export function Notice({ text, tone }: { text: string; tone: 'ok' | 'problem' }) {
  return (
    <p
      role="status"
      className={`mb-6 max-w-2xl rounded-md border-l-4 p-4 font-semibold ${tone === 'ok' ? 'border-emerald-700 bg-emerald-50' : 'border-red-700 bg-red-50'}`}
    >
      {text}
    </p>
  );
}
