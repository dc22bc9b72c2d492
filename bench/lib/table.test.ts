import { describe, expect, it } from 'vitest';
import { table } from './table';

describe('table', () => {
  it('aligns every column to its widest cell, header included', () => {
    expect(
      table(
        ['database', 'p50 ms'],
        [
          ['PGlite', '12.5'],
          ['PostgreSQL', '3.0'],
        ],
      ),
    ).toBe(
      [
        '| database   | p50 ms |',
        '|------------|--------|',
        '| PGlite     | 12.5   |',
        '| PostgreSQL | 3.0    |',
      ].join('\n'),
    );
  });

  it('prints the header and rule alone when there are no rows', () => {
    expect(table(['a', 'bb'], [])).toBe('| a | bb |\n|---|----|');
  });
});
