import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { PageHeader } from '@/components/ui/PageHeader';

/** The staff sign-in form; a refused attempt comes back as `error` and is summarised like every form's. */
export function StaffLogin({ action, error }: { action: (form: FormData) => Promise<void>; error?: string }) {
  return (
    <>
      <PageHeader title="Staff sign in" />
      <form action={action} className="max-w-md space-y-4" noValidate>
        <ErrorSummary errors={error ? [{ field: 'password', message: error }] : []} focusKey={error} />
        <div className="space-y-1">
          <label htmlFor="password" className="block text-lg font-semibold">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error ? true : undefined}
            className="block min-h-11 w-full rounded-md border-2 border-slate-600 px-3 py-2"
          />
        </div>
        <button type="submit" className="btn-primary">
          Sign in
        </button>
      </form>
    </>
  );
}
