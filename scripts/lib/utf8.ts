import { InputError } from './input-error.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8
 * sequence, or -1. Only called after the decoder refused the bytes, to say
 * where.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** Decodes UTF-8 strictly; on bad bytes, names the file, line and byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = Math.max(0, firstInvalidUtf8Byte(bytes));
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i += 1) {
      if (bytes[i] === 0x0a) {
        line += 1;
        lineStart = i + 1;
      }
    }
    const hex = bytes[offset]?.toString(16).padStart(2, '0') ?? '??';
    throw new InputError(
      file,
      line,
      `invalid UTF-8: byte 0x${hex} at byte offset ${offset} (column ${offset - lineStart + 1} in bytes) is not part of a valid UTF-8 sequence; save the file as UTF-8`,
    );
  }
}
