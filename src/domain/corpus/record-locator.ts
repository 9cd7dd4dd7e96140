import type { RecordCollection } from './corpus-consistency.ts';
import type { CorpusProblem } from './corpus-problems.ts';

/**
 * Where a record sits in a corpus file that is not one JSON document, so a
 * message points at the line of an NDJSON file or the row and column of a
 * Parquet file rather than at a JSON path the file does not have.
 */
export type RecordLocator = {
  /** Shown in a record's title instead of its JSON path: "line 58", "row 10,234". */
  at(collection: RecordCollection, index: number): string;
  /** A problem's path; `rest` is what follows the record in its JSON path (".speaker.name", "" for the record itself). */
  path(collection: RecordCollection, index: number, rest: string): string;
  /** Where the record sits in the file, to list problems in file order. */
  position(collection: RecordCollection, index: number): number;
};

/**
 * A record the reader could not read at all (a line that is not JSON, a
 * cell that does not decode). It takes its place in its collection, so the
 * records after it keep their positions, and is left out with its problems.
 */
export class UnreadableRecord {
  readonly problems: CorpusProblem[];
  readonly id: string | undefined;

  constructor(problems: CorpusProblem[], id?: string) {
    this.problems = problems;
    this.id = id;
  }
}
