import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageWindow, parsePage, rangeText } from './paging';

describe('staff list paging', () => {
  it('reads a page number and sends anything else to the first page', () => {
    expect(parsePage('3')).toBe(3);
    for (const bad of [undefined, '', 'abc', '0', '-2', '1.5', '1e9', '2x', ' '])
      expect(parsePage(bad), String(bad)).toBe(1);
  });

  it('slices the rows into bounded pages with links at each end', () => {
    expect(PAGE_SIZE).toBe(50);
    expect(pageWindow(1, 132)).toEqual({ page: 1, offset: 0, limit: 50, total: 132, next: 2 });
    expect(pageWindow(2, 132)).toMatchObject({ offset: 50, previous: 1, next: 3 });
    const last = pageWindow(3, 132);
    expect(last).toMatchObject({ page: 3, offset: 100, previous: 2 });
    expect(last.next).toBeUndefined();
  });

  it('shows the last page for a page past the end, and one empty page when there are no rows', () => {
    expect(pageWindow(99, 132)).toMatchObject({ page: 3, offset: 100 });
    expect(pageWindow(5, 0)).toEqual({ page: 1, offset: 0, limit: 50, total: 0 });
    expect(pageWindow(2, 100)).toMatchObject({ page: 2, offset: 50, previous: 1 });
    expect(pageWindow(2, 100).next).toBeUndefined();
  });

  it('says the range shown in words', () => {
    expect(rangeText(pageWindow(1, 132), 50)).toBe('Showing 1–50 of 132');
    expect(rangeText(pageWindow(3, 132), 32)).toBe('Showing 101–132 of 132');
    expect(rangeText(pageWindow(1, 0), 0)).toBeUndefined();
  });
});
