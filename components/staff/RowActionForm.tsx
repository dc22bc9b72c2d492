import type { ReactNode } from 'react';

/** A one-button form on a staff list row: posts the row's id and the current view back to the action. */
export function RowActionForm({
  action,
  id,
  view,
  className,
  label,
  children,
}: {
  action: (form: FormData) => Promise<void>;
  id: string;
  view: string;
  className: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="view" value={view} />
      <button type="submit" className={className} aria-label={label}>
        {children}
      </button>
    </form>
  );
}
