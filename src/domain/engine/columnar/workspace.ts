/**
 * Typed arrays reused from query to query. Allocating a few megabytes of
 * array buffers per query makes V8 collect garbage for "external memory
 * pressure" several times per query, and each collection copies whatever
 * the views still hold; reusing the arrays keeps a query's allocations to
 * the results it returns.
 */
export class Workspace {
  private readonly free = new Map<number, Uint32Array[]>();
  private readonly owned = new Set<Uint32Array>();
  private readonly scratchArrays = new Map<string, Uint32Array>();
  private readonly memos = new Map<string, unknown>();

  /** A zeroed bitset over `size` positions, owned until `recycle` finds it unused. */
  bitset(size: number): Uint32Array {
    const words = (size + 31) >>> 5;
    const reused = this.free.get(words)?.pop();
    const bits = reused ? reused.fill(0) : new Uint32Array(words);
    this.owned.add(bits);
    return bits;
  }

  /** Takes back every owned bitset that is not in `live`. */
  recycle(live: ReadonlySet<Uint32Array>): void {
    for (const bits of this.owned) {
      if (live.has(bits)) continue;
      this.owned.delete(bits);
      let list = this.free.get(bits.length);
      if (!list) {
        list = [];
        this.free.set(bits.length, list);
      }
      list.push(bits);
    }
  }

  /** A zeroed temporary of `length`, valid until `scratch` is next called with the same name. */
  scratch(name: string, length: number): Uint32Array {
    let array = this.scratchArrays.get(name);
    if (!array || array.length < length) {
      array = new Uint32Array(length);
      this.scratchArrays.set(name, array);
      return array;
    }
    return array.subarray(0, length).fill(0);
  }

  /**
   * A value kept for the engine's lifetime under `name`, computed on first
   * use: results that do not depend on the filters' current values (an
   * unfiltered list, per-value entry memos).
   */
  memo<T>(name: string, compute: () => T): T {
    if (this.memos.has(name)) return this.memos.get(name) as T;
    const value = compute();
    this.memos.set(name, value);
    return value;
  }
}
