export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, as pages receive them. */
export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The first day of the week of times to show: the requested date if it is a real day not in the past. */
export function weekStart(params: SearchParams, today: string): string {
  const from = firstParam(params, 'from');
  return from && /^\d{4}-\d{2}-\d{2}$/.test(from) && from >= today ? from : today;
}
