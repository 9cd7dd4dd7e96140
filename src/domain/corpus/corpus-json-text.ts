import { parse as scanJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { formatCount } from '../format/format-count.ts';
import { CorpusError, shorten } from './corpus-problems.ts';

/**
 * Reading a corpus file's text as JSON, and saying where it stops being
 * JSON: line and column, or that the text ends early (a file cut short).
 */

/** The source as messages name it: a file name or URL, never a wall of text. */
export function displayName(source: string): string {
  return shorten(source, 120);
}

export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

/** Line and column (both from 1) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where the engine says parsing stopped, when it says so (V8 and Firefox wordings). */
function errorOffset(text: string, detail: string): number | null {
  const position = /at position (\d+)/.exec(detail);
  if (position) return Number(position[1]);
  const lineColumn = /at line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line += 1) {
      const next = text.indexOf('\n', offset);
      if (next === -1) break;
      offset = next + 1;
    }
    return offset + Number(lineColumn[2]) - 1;
  }
  if (/unexpected end|end of (json )?(input|data)|unexpected eof/i.test(detail)) return text.length;
  return null;
}

/** What jsonc-parser found at the first error, in words; JSON allows no comments or trailing commas. */
// Keyed by the code's name: ParseErrorCode is a const enum, which this project's module settings cannot read.
const SCAN_ERRORS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'a character that cannot start a JSON value',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name was expected (a comma before a closing brace?)',
  ValueExpected: 'a value was expected (a comma before a closing bracket?)',
  ColonExpected: 'a colon was expected after a property name',
  CommaExpected: 'a comma was expected between two items',
  CloseBraceExpected: 'a closing brace } was expected',
  CloseBracketExpected: 'a closing bracket ] was expected',
  EndOfFileExpected: 'more text after the end of the JSON value',
  InvalidCommentToken: 'a comment, which JSON does not allow',
  UnexpectedEndOfComment: 'a comment, which JSON does not allow',
  UnexpectedEndOfString: 'a string that is not closed',
  UnexpectedEndOfNumber: 'a number cut short',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'a control character inside a string',
};

/**
 * Where the JSON breaks when the engine does not say (V8 often reports only
 * the token, not its position): a second, tolerant scan by jsonc-parser that
 * stops at the first error. Run only on text that already failed to parse.
 */
export function locateJsonError(text: string): { offset: number; what: string } | null {
  const errors: ParseError[] = [];
  scanJson(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  return { offset: first.offset, what: SCAN_ERRORS[printParseErrorCode(first.error)] ?? 'text that is not JSON' };
}

/** The text's JSON value, or a CorpusError ('not-json') that says where the JSON broke. */
export function parseJson(text: string, source: string): unknown {
  const name = displayName(source);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const engineDetail = error instanceof Error ? error.message : String(error);
    const engineOffset = errorOffset(text, engineDetail);
    const scanned = engineOffset === null ? locateJsonError(text) : null;
    const offset = engineOffset ?? scanned?.offset ?? null;
    const detail = scanned ? `${scanned.what} (${engineDetail})` : engineDetail;
    const where = offset === null ? '' : (() => {
      const { line, column } = lineAndColumn(text, offset);
      return ` (line ${formatCount(line)}, column ${formatCount(column)})`;
    })();
    const truncated = offset !== null && offset >= text.trimEnd().length;
    const message = truncated
      ? `${name} is not valid JSON: the text ends before the JSON does, so the file is probably cut short${where}.`
      : `${name} is not valid JSON${where}: ${shorten(detail, 160)}`;
    throw new CorpusError('not-json', source, message);
  }
}
