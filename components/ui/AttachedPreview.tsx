/** The folded "See what will be attached" preview of a summary the reader may attach to their booking. */
export function AttachedPreview({ text }: { text: string }) {
  return (
    <details>
      <summary className="cursor-pointer text-brand-700 underline">See what will be attached</summary>
      <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{text}</pre>
    </details>
  );
}
