import { z } from 'zod';

/** The most rows one staff list shows at once, so /admin stays quick however many bookings there are. */
export const PAGE_SIZE = 50;

// The page number from the address; anything else (missing, text, 0, a fraction, huge) means the first page.
const pageParam = z.coerce.number().int().min(1).max(1_000_000);

export function parsePage(raw: string | undefined): number {
  const parsed = pageParam.safeParse(raw);
  return parsed.success ? parsed.data : 1;
}

export interface PageWindow {
  /** 1-based, clamped to the last page that has rows. */
  page: number;
  offset: number;
  limit: number;
  total: number;
  /** The previous and next page numbers, or undefined at either end. */
  previous?: number;
  next?: number;
}

/** Which slice of `total` rows page `page` shows; a page past the end shows the last one. */
export function pageWindow(page: number, total: number, size = PAGE_SIZE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pages);
  return {
    page: current,
    offset: (current - 1) * size,
    limit: size,
    total,
    previous: current > 1 ? current - 1 : undefined,
    next: current < pages ? current + 1 : undefined,
  };
}

/** "Showing 1–50 of 132", or undefined when there is nothing to show. */
export function rangeText(window: PageWindow, shown: number): string | undefined {
  if (window.total === 0 || shown === 0) return undefined;
  return `Showing ${window.offset + 1}–${window.offset + shown} of ${window.total}`;
}
