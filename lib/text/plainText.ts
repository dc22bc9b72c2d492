// Free text from outside (names, phones, notes, staff fields) must be text a person typed: no control
// characters, which PostgreSQL refuses (NUL, a 500 before this rule) or which forge lines in a mail or a
// calendar file (CR, LF), and no bidi overrides, which make a name read differently from what it holds.
// Pure and dependency-free: the browser's zod schemas and the server's share it.

/** C0 (NUL to US, tab and line breaks included), DEL, C1, the line/paragraph separators, bidi overrides. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** The same, less the tab and line breaks a multi-line note may hold (a browser sends a textarea's as CRLF). */
const CONTROL_IN_NOTE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** True for one line of plain text (a name, a phone, a reason, a link). */
export function isPlainLine(text: string): boolean {
  return !CONTROL.test(text);
}

/** True for plain text over several lines (a note): tabs and line breaks allowed, other controls not. */
export function isPlainText(text: string): boolean {
  return !CONTROL_IN_NOTE.test(text);
}

/** The message that names the field, as the form and the 422 both show it. */
export function controlMessage(label: string, multiline = false): string {
  return multiline
    ? `${label} must not contain invisible control characters`
    : `${label} must not contain line breaks, tabs or invisible control characters`;
}

/**
 * A value on one line of a mail or a calendar file, whatever it holds: every control character and bidi
 * override becomes a space. Defence in depth behind the schemas, for values stored before they existed.
 */
export function oneLine(text: string): string {
  return text.replace(new RegExp(CONTROL.source, 'gu'), ' ');
}

/**
 * A multi-line value inside a mail body: each of its lines indented, so no line of it can pass for a line of
 * the mail itself ("Email: …"); other controls become spaces.
 */
export function indentedLines(text: string, indent = '  '): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => oneLine(line))
    .join(`\n${indent}`);
}
