/** What the last staff action did, announced politely to screen readers; nothing when there is no notice. */
export function StatusNotice({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p
      role="status"
      className="mb-6 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold"
    >
      {text}
    </p>
  );
}
