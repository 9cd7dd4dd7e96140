import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileWriter, type Writer } from 'hyparquet-writer';

/**
 * Writes a Parquet file atomically: `write` fills a writer that flushes to a
 * temporary file beside the target (about a megabyte at a time, so the file
 * is never held whole), which is renamed over the target once finished.
 * Returns the file's size in bytes.
 */
export function writeParquetAtomically(path: string, write: (writer: Writer) => void): number {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    write(fileWriter(temporary));
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return statSync(path).size;
}
