/** An append-only Uint32Array that doubles as it grows; `view()` trims it. */
export class GrowableUint32 {
  private data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  /** The filled part, sharing memory with the builder until it grows again. */
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }

  /** A right-sized copy, so the spare capacity can be freed. */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Compressed sparse rows: the values of row r are
 * values[offsets[r]] … values[offsets[r + 1] - 1].
 */
export type Rows = { offsets: Uint32Array; values: Uint32Array };

/** Groups (row, value) pairs by row, keeping each row's values in input order. */
export function rowsFromPairs(rowCount: number, rows: Uint32Array, values: Uint32Array): Rows {
  const offsets = new Uint32Array(rowCount + 1);
  for (let i = 0; i < rows.length; i += 1) offsets[rows[i]! + 1]! += 1;
  for (let r = 0; r < rowCount; r += 1) offsets[r + 1]! += offsets[r]!;
  const cursor = offsets.slice(0, rowCount);
  const sorted = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    sorted[cursor[row]!] = values[i]!;
    cursor[row]! += 1;
  }
  return { offsets, values: sorted };
}
