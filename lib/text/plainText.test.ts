import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlMessage, indentedLines, isPlainLine, isPlainText, oneLine } from './plainText';

const refusedEverywhere = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u2028',
  '\u202e',
  '\u2066',
  '\u2069',
];

describe('plain text', () => {
  it('refuses control characters and bidi overrides in a line, line breaks and tabs included', () => {
    for (const c of [...refusedEverywhere, '\r', '\n', '\t'])
      expect(isPlainLine(`Rae${c}Reader`), JSON.stringify(c)).toBe(false);
    expect(isPlainLine('Zoë O’Brien-Łukasz 日本語 👋')).toBe(true);
  });

  it('lets a note hold tabs and line breaks (CRLF from a textarea), nothing else', () => {
    expect(isPlainText('Line one\r\nLine two\n\tindented')).toBe(true);
    for (const c of refusedEverywhere) expect(isPlainText(`a${c}b`), JSON.stringify(c)).toBe(false);
  });

  it('names the field in its message', () => {
    expect(controlMessage('Name')).toMatch(/^Name must not contain line breaks/);
    expect(controlMessage('Note', true)).toMatch(/^Note must not contain invisible control characters/);
  });

  it('flattens any string to one line, and indents a note so no line of it starts a mail line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(oneLine(s)).not.toMatch(/[\r\n\u0000]/);
        expect(isPlainLine(oneLine(s))).toBe(true);
        for (const line of indentedLines(s).split('\n').slice(1)) expect(line.startsWith('  ')).toBe(true);
      }),
    );
    expect(indentedLines('ok\r\nEmail: evil@example.com')).toBe('ok\n  Email: evil@example.com');
  });
});
