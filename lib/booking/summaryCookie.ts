import { SUMMARY_MAX } from '../triage/summary';

// The self-check summary a reader chose to carry into booking: kept only in their browser, for an hour.
export const SUMMARY_COOKIE = 'bw_check_summary';

export function encodeSummary(summary: string): string {
  return Buffer.from(summary.slice(0, SUMMARY_MAX), 'utf8').toString('base64url');
}

export function decodeSummary(value: string | undefined): string | undefined {
  if (!value || !/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  const text = Buffer.from(value, 'base64url').toString('utf8').trim();
  return text ? text.slice(0, SUMMARY_MAX) : undefined;
}
