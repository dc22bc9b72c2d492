/** The message under a field's label; its id is what the field's aria-describedby points to. */
export function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${name}-error`} className="font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  );
}
