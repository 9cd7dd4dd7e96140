import { FNV_OFFSET, FNV_PRIME, asciiLower, grow } from './characters.ts';

/**
 * Word → id without creating a string per token: words are hashed and
 * compared straight from the bytes or characters being scanned (an open
 * addressing table over the folded characters).
 */
export class WordTable {
  readonly words: string[] = [];
  /** Open addressing, two entries a slot: the word's hash, then its id (-1: empty). */
  private slots = new Int32Array(2 << 12).fill(-1);
  private hashes = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private pool = new Uint16Array(1 << 14);
  private poolLength = 0;

  /** The id of the word bytes[start, end), plain ASCII, lower-cased here. */
  idOfAscii(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]!;
      if (id < 0) {
        let word = '';
        for (let i = start; i < end; i += 1) word += String.fromCharCode(asciiLower[bytes[i]!]!);
        return this.insert(word, hash, slot);
      }
      if (slots[2 * slot] !== hash) continue;
      const starts = this.starts;
      const from = starts[id]!;
      if (starts[id + 1]! - from !== length) continue;
      const pool = this.pool;
      let i = 0;
      while (i < length && pool[from + i] === asciiLower[bytes[start + i]!]) i += 1;
      if (i === length) return id;
    }
  }

  /** The id of an already folded word. */
  idOf(word: string): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]!;
      if (id < 0) return this.insert(word, hash, slot);
      if (slots[2 * slot] === hash && this.words[id] === word) return id;
    }
  }

  private insert(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id + 2 > this.hashes.length) {
      this.hashes = grow(this.hashes, this.hashes.length * 2);
      this.starts = grow(this.starts, this.starts.length * 2);
    }
    while (this.poolLength + word.length > this.pool.length) this.pool = grow(this.pool, this.pool.length * 2);
    for (let i = 0; i < word.length; i += 1) this.pool[this.poolLength + i] = word.charCodeAt(i);
    this.starts[id] = this.poolLength;
    this.poolLength += word.length;
    this.starts[id + 1] = this.poolLength;
    this.hashes[id] = hash;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id;
    if (this.words.length * 4 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = (slots.length >>> 1) - 1;
    for (let id = 0; id < this.words.length; id += 1) {
      const hash = this.hashes[id]!;
      let slot = hash & mask;
      while (slots[2 * slot + 1]! >= 0) slot = (slot + 1) & mask;
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = id;
    }
    this.slots = slots;
  }
}
