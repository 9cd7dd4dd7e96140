/**
 * The character tables the text index scans with: the search tokenizer's
 * classes (src/domain/view-state/search.ts) for UTF-16 code units and UTF-8
 * bytes, so words are found without a regular expression per token.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** Character classes of the search tokenizer (src/domain/view-state/search.ts). */
export const OTHER = 0;
export const WORD = 1; // a letter or a number: starts or continues a word
export const MARK = 2; // a combining mark: continues a word

const WORD_START = /^[\p{L}\p{N}]$/u;
const COMBINING = /^\p{M}$/u;

function classifyCodePoint(character: string): number {
  return WORD_START.test(character) ? WORD : COMBINING.test(character) ? MARK : OTHER;
}

/** Classes of the UTF-16 code units, filled in as they are first seen. */
const unitClass = new Uint8Array(65536).fill(255);
for (let code = 0; code < 128; code += 1) unitClass[code] = classifyCodePoint(String.fromCharCode(code));

export function classOfUnit(code: number): number {
  let kind = unitClass[code]!;
  if (kind === 255) {
    kind = code >= 0xd800 && code <= 0xdfff ? OTHER : classifyCodePoint(String.fromCharCode(code));
    unitClass[code] = kind;
  }
  return kind;
}

/** What a UTF-8 byte starts: an ASCII word character, another ASCII character, or a longer sequence. */
export const ASCII_OTHER = 0;
export const ASCII_WORD = 1;
export const MULTIBYTE = 2;
export const byteKind = new Uint8Array(256).fill(MULTIBYTE);
/** ASCII lower-casing as a table. */
export const asciiLower = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  byteKind[code] = unitClass[code] === WORD ? ASCII_WORD : ASCII_OTHER;
  asciiLower[code] = code >= 65 && code <= 90 ? code + 32 : code;
}
/** ASCII word characters lower-cased, 0 for any other byte. */
export const wordLower = new Uint8Array(256);
for (let code = 0; code < 128; code += 1) if (byteKind[code] === ASCII_WORD) wordLower[code] = asciiLower[code]!;

/** The code point of the (valid, as encodeInto writes it) UTF-8 sequence at `i`. */
export function decodeUtf8(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0xe0) return ((lead & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
  if (lead < 0xf0) return ((lead & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
  return ((lead & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
}

export function classOfCodePoint(code: number): number {
  return code < 0x10000 ? classOfUnit(code) : classifyCodePoint(String.fromCodePoint(code));
}

export function grow<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}
