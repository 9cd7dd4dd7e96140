import type { z } from '../../src/domain/corpus/zod.ts';
import { InputError } from './input-error.ts';

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Parses JSON text; a syntax error names the line it is on. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    throw new InputError(file, lineAt(text, offset), `malformed JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
}

type Key = string | number;

/**
 * Offset where the value at `path` starts in JSON text (or where its
 * closest existing parent starts), found by a small scan of the text; the
 * text is already known to be valid JSON.
 */
export function offsetOfPath(text: string, path: readonly Key[]): number {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i += 1;
  };
  const readString = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skipValue = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '"') readString();
    else if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i += 1;
      skipSpace();
      while (text[i] !== close) {
        if (char === '{') {
          readString();
          skipSpace();
          i += 1; // colon
        }
        skipValue();
        skipSpace();
        if (text[i] === ',') i += 1;
        skipSpace();
      }
      i += 1;
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i += 1;
    }
  };
  skipSpace();
  for (const key of path) {
    const containerStart = i;
    const open = text[i];
    if (open !== '{' && open !== '[') return containerStart;
    i += 1;
    skipSpace();
    let found = false;
    let index = 0;
    while (i < text.length && text[i] !== '}' && text[i] !== ']') {
      if (open === '{') {
        const name = readString();
        skipSpace();
        i += 1;
        skipSpace();
        if (name === key) {
          found = true;
          break;
        }
      } else if (index === key) {
        skipSpace();
        found = true;
        break;
      }
      skipValue();
      skipSpace();
      if (text[i] === ',') i += 1;
      skipSpace();
      index += 1;
    }
    if (!found) return containerStart;
  }
  return i;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') || '(root)';
}

/**
 * Reads JSON text and checks it against a schema. Every error names the file
 * and the line: of the syntax error, of the offending value, or — for a
 * missing field — of the object that lacks it.
 */
export function parseJsonFile<T extends z.ZodType>(text: string, file: string, schema: T): z.infer<T> {
  const data = parseJsonText(text, file);
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const line = lineAt(text, offsetOfPath(text, path));
  let message: string;
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = `missing required field "${describePath(path)}"`;
  } else if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    const keyLine = lineAt(text, offsetOfPath(text, [...path, issue.keys[0]!]));
    throw new InputError(file, keyLine, `unknown field ${keys}${path.length ? ` in ${describePath(path)}` : ''}`);
  } else {
    message = `field "${describePath(path)}": ${issue.message}`;
  }
  const more = result.error.issues.length - 1;
  throw new InputError(file, line, more > 0 ? `${message} (and ${more} more problem${more === 1 ? '' : 's'})` : message);
}
