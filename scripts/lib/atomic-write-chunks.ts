import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const FLUSH_AT = 1 << 20;

/**
 * Writes text given in pieces to `path` atomically: the pieces go to a
 * temporary file beside the target, which is renamed over it only once all
 * are written. The text is never held as one string, so files larger than a
 * JavaScript string can hold (~537 million characters in Node 20) work.
 * Returns the number of characters written.
 */
export function writeChunksAtomically(path: string, chunks: Iterable<string>): number {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w');
  let characters = 0;
  try {
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = () => {
      if (pendingLength === 0) return;
      writeSync(fd, pending.join(''));
      pending = [];
      pendingLength = 0;
    };
    for (const chunk of chunks) {
      pending.push(chunk);
      pendingLength += chunk.length;
      characters += chunk.length;
      if (pendingLength >= FLUSH_AT) flush();
    }
    flush();
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
  return characters;
}
