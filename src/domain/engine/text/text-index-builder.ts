import type { Bitset } from '../columnar/bitset.ts';
import { GrowableUint32 } from '../columnar/growable.ts';
import { foldWord } from '../../view-state/search.ts';
import {
  ASCII_OTHER,
  ASCII_WORD,
  asciiLower,
  byteKind,
  classOfCodePoint,
  decodeUtf8,
  FNV_OFFSET,
  FNV_PRIME,
  OTHER,
  WORD,
  wordLower,
} from './characters.ts';
import type { TextBatch } from './text-batch.ts';
import { stemsOf, type TextIndex } from './text-index.ts';
import { WordTable } from './word-table.ts';

/**
 * Collects each record's distinct folded words in input order; `finish`
 * lays the postings out in the engine's internal record order. Records come
 * one at a time (`add`) or in batches made by a TextBatcher, possibly in
 * another thread (`addBatch`); both go through the same scanner.
 *
 * Tokenizing is the cost of building the index, so it does not go through
 * the regular expression of search.ts: the text is scanned as UTF-8 bytes
 * with a table of character classes; plain-ASCII words are hashed from the
 * bytes, and only words with other letters are decoded and folded as
 * strings. This gives exactly the words of `tokenizeWords` (a unit test
 * compares them).
 */
export class TextIndexBuilder {
  private readonly table = new WordTable();
  private readonly tokens: GrowableUint32;
  private readonly recordStarts = new GrowableUint32();
  private seen = new Int32Array(1024).fill(-1);
  private readonly nameWords = new Map<string, number[]>();
  private readonly slotNames: Array<string | null>;
  private readonly slotWords: number[][];
  /** Words of the names of batches, by the batches' slots. */
  private readonly batchNameWords: number[][] = [];
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private bytes = new Uint8Array(1 << 16);
  private scratchRecord = -1;
  /** Set by `prepare`: from then on no record may be added. */
  private layout: {
    size: number;
    words: string[];
    offsets: Uint32Array;
    slotOf: Int32Array;
    dense: Array<Bitset | undefined>;
    denseBuffer: Uint32Array;
    stemKeys: string[];
    stemRanks: Uint32Array;
  } | null = null;
  private finished = false;

  /** `nameSlots`: how many distinct `nameSlot`s `add` will be given. */
  constructor(expectedRecords = 0, nameSlots = 0) {
    // Filled up front: arrays written at scattered indices turn into slow dictionaries.
    this.slotNames = new Array<string | null>(nameSlots).fill(null);
    this.slotWords = new Array<number[]>(nameSlots).fill([]);
    this.tokens = new GrowableUint32(expectedRecords * 24);
    this.recordStarts.push(0);
  }

  get records(): number {
    return this.recordStarts.length - 1;
  }

  /**
   * Adds the next record: its text and, searchable too, its speaker's name.
   * `nameSlot` (e.g. the speaker's dictionary id) lets the name's words be
   * found by array index rather than by hashing the name again.
   */
  add(text: string, speakerName: string | null, nameSlot = -1): void {
    this.assertOpen();
    const record = this.records;
    // The name's words are looked up first: looking up marks words as seen
    // for a scratch record, which would let the text's words be kept twice.
    let ids: number[] | undefined;
    if (speakerName !== null && speakerName !== '') {
      if (nameSlot >= 0 && nameSlot < this.slotNames.length && this.slotNames[nameSlot] === speakerName) {
        ids = this.slotWords[nameSlot];
      }
      else {
        ids = this.nameWords.get(speakerName);
        if (!ids) {
          ids = this.idsOf(speakerName);
          this.nameWords.set(speakerName, ids);
        }
        if (nameSlot >= 0 && nameSlot < this.slotNames.length) {
          this.slotNames[nameSlot] = speakerName;
          this.slotWords[nameSlot] = ids;
        }
      }
    }
    this.addText(text, record);
    if (ids) for (const id of ids) this.keep(id, record);
    this.recordStarts.push(this.tokens.length);
  }

  /** Adds the records of a batch, in order. */
  addBatch(batch: TextBatch): void {
    this.assertOpen();
    for (const [slot, name] of batch.names) {
      while (this.batchNameWords.length <= slot) this.batchNameWords.push([]);
      this.batchNameWords[slot] = this.idsOf(name);
    }
    const { bytes, ends, ascii, speakers } = batch;
    let from = 0;
    for (let r = 0; r < ends.length; r += 1) {
      const record = this.records;
      const to = ends[r]!;
      if (ascii[r]) this.addAsciiBytes(bytes, from, to, record);
      else this.addUtf8Bytes(bytes, from, to, record);
      const speaker = speakers[r]!;
      if (speaker !== 0) for (const id of this.batchNameWords[speaker]!) this.keep(id, record);
      this.recordStarts.push(this.tokens.length);
      from = to + 1;
    }
  }

  private assertOpen(): void {
    if (this.layout || this.finished) throw new Error('a record was added after the search index was laid out');
  }

  /**
   * The distinct words of `text` as the index would record them, through
   * the same scanners (for tests); the index itself is left unchanged.
   */
  wordsOf(text: string): string[] {
    return this.idsOf(text).map((id) => this.table.words[id]!);
  }

  private idsOf(text: string): number[] {
    const before = this.tokens.length;
    this.scratchRecord -= 1;
    this.addText(text, this.scratchRecord);
    const ids = Array.from(this.tokens.view().subarray(before));
    this.tokens.length = before;
    return ids;
  }

  private addText(text: string, record: number): void {
    if (text.length * 3 + 1 > this.bytes.length) this.bytes = new Uint8Array(text.length * 3 + 1);
    const length = this.encoder.encodeInto(text, this.bytes).written;
    this.bytes[length] = 0;
    if (length === text.length) this.addAsciiBytes(this.bytes, 0, length, record);
    else this.addUtf8Bytes(this.bytes, 0, length, record);
  }

  /** Plain ASCII bytes[from, to), the common case: separators, then a word, in tight loops. bytes[to] is 0. */
  private addAsciiBytes(bytes: Uint8Array, from: number, to: number, record: number): void {
    const table = this.table;
    let i = from;
    for (;;) {
      while (i < to && wordLower[bytes[i]!] === 0) i += 1;
      if (i >= to) return;
      const start = i;
      let hash = FNV_OFFSET;
      // bytes[to] is 0, not a word character: it ends the last word.
      for (;;) {
        const lower = wordLower[bytes[i]!]!;
        if (lower === 0) break;
        hash = Math.imul(hash ^ lower, FNV_PRIME);
        i += 1;
      }
      this.keep(table.idOfAscii(bytes, start, i, hash), record);
    }
  }

  /** Any UTF-8 bytes[from, to): decoded as they are read, non-ASCII words folded as strings. */
  private addUtf8Bytes(bytes: Uint8Array, from: number, to: number, record: number): void {
    const table = this.table;
    let i = from;
    for (;;) {
      // Skip to the start of a word: a letter or number.
      let code = 0;
      let size = 1;
      for (;;) {
        if (i >= to) return;
        code = bytes[i]!;
        const kind = byteKind[code]!;
        if (kind === ASCII_WORD) {
          size = 1;
          break;
        }
        if (kind === ASCII_OTHER) {
          i += 1;
          continue;
        }
        code = decodeUtf8(bytes, i);
        size = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (classOfCodePoint(code) === WORD) break;
        i += size;
      }
      // Read the word: letters, numbers and combining marks.
      const start = i;
      let plain = true;
      let hash = FNV_OFFSET;
      for (;;) {
        if (code < 0x80) hash = Math.imul(hash ^ asciiLower[code]!, FNV_PRIME);
        else plain = false;
        i += size;
        if (i >= to) break;
        code = bytes[i]!;
        const kind = byteKind[code]!;
        if (kind === ASCII_WORD) {
          size = 1;
          continue;
        }
        if (kind === ASCII_OTHER) break;
        code = decodeUtf8(bytes, i);
        size = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (classOfCodePoint(code) === OTHER) break;
      }
      this.keep(
        plain ? table.idOfAscii(bytes, start, i, hash) : table.idOf(foldWord(this.decoder.decode(bytes.subarray(start, i)))),
        record,
      );
    }
  }

  private keep(id: number, record: number): void {
    let seen = this.seen;
    if (id >= seen.length) {
      seen = new Int32Array(seen.length * 2).fill(-1);
      seen.set(this.seen);
      this.seen = seen;
    }
    if (seen[id] === record) return;
    seen[id] = record;
    this.tokens.push(id);
  }

  /**
   * Lays out the index for the records added so far (no more may come):
   * the sorted vocabulary and where each word's postings go. None of it
   * depends on the record order, so a thread building the index can do it
   * while the order is still being worked out; `finish` then only places
   * the postings.
   */
  prepare(): void {
    if (this.layout) return;
    const size = this.records;
    const vocabulary = this.table.words;
    const tokens = this.tokens.view();
    const byWord = vocabulary.map((_, id) => id).sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : 1));

    // Per word id: postings counted, then laid out by rank; frequent words
    // get a bitset, one slice of a single buffer, and `slotOf` < 0 marks them.
    const words = vocabulary.length;
    const frequency = new Uint32Array(words);
    for (let i = 0; i < tokens.length; i += 1) frequency[tokens[i]!]! += 1;
    const denseFrom = Math.max(64, size >>> 5);
    const bitsetWords = (size + 31) >>> 5;
    let denseCount = 0;
    for (let id = 0; id < words; id += 1) if (frequency[id]! >= denseFrom) denseCount += 1;
    const denseBuffer = new Uint32Array(denseCount * bitsetWords);
    const dense: Array<Bitset | undefined> = new Array<Bitset | undefined>(words).fill(undefined);
    const offsets = new Uint32Array(words + 1);
    /** Sparse words: the next free index in `positions`; dense: -1 - the word's bitset's first word. */
    const slotOf = new Int32Array(words);
    let denseNext = 0;
    for (let rank = 0; rank < words; rank += 1) {
      const id = byWord[rank]!;
      const f = frequency[id]!;
      if (f >= denseFrom) {
        const from = denseNext * bitsetWords;
        dense[rank] = denseBuffer.subarray(from, from + bitsetWords);
        slotOf[id] = -1 - from;
        denseNext += 1;
        offsets[rank + 1] = offsets[rank]!;
      }
      else {
        slotOf[id] = offsets[rank]!;
        offsets[rank + 1] = offsets[rank]! + f;
      }
    }
    const sortedWords = byWord.map((id) => vocabulary[id]!);
    this.layout = { size, words: sortedWords, offsets, slotOf, dense, denseBuffer, ...stemsOf(sortedWords) };
  }

  /** `order[p]` is the input record placed at internal position p; null: records were added in that order. */
  finish(order: Uint32Array | null): TextIndex {
    this.prepare();
    const { size, words, offsets, slotOf, dense, denseBuffer, stemKeys, stemRanks } = this.layout!;
    if (order !== null && order.length !== size) throw new Error(`text index has ${size} records, order has ${order.length}`);
    const tokens = this.tokens.view();
    const starts = this.recordStarts.view();
    const positions = new Uint32Array(offsets[words.length]!);
    for (let position = 0; position < size; position += 1) {
      const record = order === null ? position : order[position]!;
      const word = position >>> 5;
      const bit = 1 << (position & 31);
      for (let t = starts[record]!, end = starts[record + 1]!; t < end; t += 1) {
        const id = tokens[t]!;
        const slot = slotOf[id]!;
        if (slot < 0) denseBuffer[-1 - slot + word]! |= bit;
        else {
          positions[slot] = position;
          slotOf[id] = slot + 1;
        }
      }
    }
    this.layout = null;
    this.finished = true;
    return { size, words, offsets, positions, dense, stemKeys, stemRanks };
  }
}
