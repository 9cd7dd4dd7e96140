import { createBitset, orInto, andInto, type Bitset } from '../columnar/bitset.ts';
import { GrowableUint32 } from '../columnar/growable.ts';
import { foldWord, type QueryWord } from '../../view-state/search.ts';
import { stemWord } from '../../view-state/stem-word.ts';

/**
 * An inverted index for the search semantics of src/domain/view-state/search.ts: a
 * statement matches when every query word is a prefix of one of its folded
 * words. The vocabulary is sorted, so the words a prefix starts form one
 * contiguous range found by binary search; the statements holding them are
 * the OR of their postings, and query words combine with AND.
 *
 * Words in more than 1/32 of the statements are kept as bitsets (smaller
 * than their postings and OR-ed a word at a time); the rest as sorted
 * positions.
 */
export type TextIndex = {
  size: number;
  /** Folded words, ascending by UTF-16 code units (the order of startsWith ranges). */
  words: readonly string[];
  /** Postings of word r: positions[offsets[r]] … positions[offsets[r + 1] - 1]. */
  offsets: Uint32Array;
  positions: Uint32Array;
  /** Bitsets of the frequent words, by sorted word rank; undefined elsewhere. */
  dense: ReadonlyArray<Bitset | undefined>;
  /**
   * The words whose stem is not the word itself ("drugs" → "drug"), as
   * (stem, rank) pairs sorted by stem: with the word equal to a stem, they
   * are every word of that stem (a stem is its own stem).
   */
  stemKeys: readonly string[];
  stemRanks: Uint32Array;
};

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Character classes of the search tokenizer (src/domain/view-state/search.ts). */
const OTHER = 0;
const WORD = 1; // a letter or a number: starts or continues a word
const MARK = 2; // a combining mark: continues a word

const WORD_START = /^[\p{L}\p{N}]$/u;
const COMBINING = /^\p{M}$/u;

function classifyCodePoint(character: string): number {
  return WORD_START.test(character) ? WORD : COMBINING.test(character) ? MARK : OTHER;
}

/** Classes of the UTF-16 code units, filled in as they are first seen. */
const unitClass = new Uint8Array(65536).fill(255);
for (let code = 0; code < 128; code += 1) unitClass[code] = classifyCodePoint(String.fromCharCode(code));

function classOfUnit(code: number): number {
  let kind = unitClass[code]!;
  if (kind === 255) {
    kind = code >= 0xd800 && code <= 0xdfff ? OTHER : classifyCodePoint(String.fromCharCode(code));
    unitClass[code] = kind;
  }
  return kind;
}

/**
 * Word → id without creating a string per token: words are hashed and
 * compared straight from the bytes or characters being scanned (an open
 * addressing table over the folded characters).
 */
class WordTable {
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

/** What a UTF-8 byte starts: an ASCII word character, another ASCII character, or a longer sequence. */
const ASCII_OTHER = 0;
const ASCII_WORD = 1;
const MULTIBYTE = 2;
const byteKind = new Uint8Array(256).fill(MULTIBYTE);
/** ASCII lower-casing as a table. */
const asciiLower = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  byteKind[code] = unitClass[code] === WORD ? ASCII_WORD : ASCII_OTHER;
  asciiLower[code] = code >= 65 && code <= 90 ? code + 32 : code;
}
/** ASCII word characters lower-cased, 0 for any other byte. */
const wordLower = new Uint8Array(256);
for (let code = 0; code < 128; code += 1) if (byteKind[code] === ASCII_WORD) wordLower[code] = asciiLower[code]!;

/** The code point of the (valid, as encodeInto writes it) UTF-8 sequence at `i`. */
function decodeUtf8(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0xe0) return ((lead & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
  if (lead < 0xf0) return ((lead & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
  return ((lead & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
}

function classOfCodePoint(code: number): number {
  return code < 0x10000 ? classOfUnit(code) : classifyCodePoint(String.fromCodePoint(code));
}

function grow<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}

/**
 * Statement texts on their way to a TextIndexBuilder, possibly in another
 * thread: UTF-8 bytes, record after record, each followed by a 0 byte (no
 * word character, so it ends a record's last word without a bounds check).
 * All of it typed arrays, so a batch moves between threads without a copy.
 */
export type TextBatch = {
  bytes: Uint8Array;
  /** Per record: the offset of its closing 0 byte; it starts one past the previous record's. */
  ends: Uint32Array;
  /** Per record: 1 when all its bytes are ASCII. */
  ascii: Uint8Array;
  /** Per record: its speaker's name as a slot of `names` (+1), 0 for none. */
  speakers: Uint32Array;
  /** Names first used in this batch, by slot. */
  names: Array<[slot: number, name: string]>;
};

/** Where a producer hands its batches (a worker's port, or a builder in this thread). */
export type TextBatchSink = {
  push(batch: TextBatch): void;
  /** Told when the last batch has been pushed. */
  end?(): void;
};

/**
 * Encodes statement texts (and their speakers' names, searchable too) into
 * TextBatches of about `targetBytes`. Names are sent once each.
 */
export class TextBatcher {
  private readonly encoder = new TextEncoder();
  private readonly nameSlots = new Map<string, number>();
  private bytes: Uint8Array;
  private length = 0;
  private readonly ends = new GrowableUint32();
  private readonly ascii: number[] = [];
  private readonly speakers = new GrowableUint32();
  private names: Array<[number, string]> = [];
  /** The last name seen for a caller's speaker slot, to skip the name lookup. */
  private readonly lastNameOfSlot: Array<string | null> = [];
  private readonly lastSlotOfSlot: number[] = [];

  constructor(private readonly targetBytes = 1 << 20) {
    this.bytes = new Uint8Array(targetBytes + 4096);
  }

  /**
   * Adds the next record; returns a full batch when there is one to send.
   * `speakerSlot`, when given, is a number that stands for the speaker (as
   * the index's speaker column does), so a repeated name is not looked up.
   */
  add(text: string, speakerName: string | null, speakerSlot = -1): TextBatch | null {
    const needed = this.length + text.length * 3 + 1;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    const written = this.encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
    this.length += written;
    this.bytes[this.length] = 0;
    this.ends.push(this.length);
    this.length += 1;
    this.ascii.push(written === text.length ? 1 : 0);
    this.speakers.push(this.slotOf(speakerName, speakerSlot));
    return this.length >= this.targetBytes ? this.take() : null;
  }

  /** What is left, as a batch; null when nothing is. */
  take(): TextBatch | null {
    if (this.ends.length === 0) return null;
    const batch: TextBatch = {
      bytes: this.bytes.slice(0, this.length),
      ends: this.ends.toArray(),
      ascii: Uint8Array.from(this.ascii),
      speakers: this.speakers.toArray(),
      names: this.names,
    };
    this.length = 0;
    this.ends.length = 0;
    this.ascii.length = 0;
    this.speakers.length = 0;
    this.names = [];
    return batch;
  }

  private slotOf(name: string | null, callerSlot: number): number {
    if (name === null || name === '') return 0;
    if (callerSlot >= 0 && this.lastNameOfSlot[callerSlot] === name) return this.lastSlotOfSlot[callerSlot]!;
    let slot = this.nameSlots.get(name);
    if (slot === undefined) {
      slot = this.nameSlots.size + 1;
      this.nameSlots.set(name, slot);
      this.names.push([slot, name]);
    }
    if (callerSlot >= 0) {
      while (this.lastNameOfSlot.length <= callerSlot) {
        this.lastNameOfSlot.push(null);
        this.lastSlotOfSlot.push(0);
      }
      this.lastNameOfSlot[callerSlot] = name;
      this.lastSlotOfSlot[callerSlot] = slot;
    }
    return slot;
  }
}

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

/** (stem, rank) of the sorted words whose stem differs from the word, sorted by stem then rank. */
function stemsOf(words: readonly string[]): { stemKeys: string[]; stemRanks: Uint32Array } {
  const pairs: Array<[string, number]> = [];
  for (let rank = 0; rank < words.length; rank += 1) {
    const stem = stemWord(words[rank]!);
    if (stem !== words[rank]) pairs.push([stem, rank]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { stemKeys: pairs.map((pair) => pair[0]), stemRanks: Uint32Array.from(pairs, (pair) => pair[1]) };
}

/** The first index of `sorted` whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [first, end) ranks of the vocabulary words that start with `prefix`. */
export function prefixRange(words: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}

/** The records holding the word of sorted rank `rank`, OR-ed into `bits`. */
function orWord(index: TextIndex, rank: number, bits: Bitset): void {
  const wordBits = index.dense[rank];
  if (wordBits) {
    orInto(bits, wordBits);
    return;
  }
  const { offsets, positions } = index;
  for (let i = offsets[rank]!; i < offsets[rank + 1]!; i += 1) {
    const position = positions[i]!;
    bits[position >>> 5]! |= 1 << (position & 31);
  }
}

/** Records holding a word that starts with `prefix`, OR-ed into `bits`. */
export function matchPrefix(index: TextIndex, prefix: string, bits: Bitset = createBitset(index.size)): Bitset {
  const [first, end] = prefixRange(index.words, prefix);
  for (let rank = first; rank < end; rank += 1) orWord(index, rank, bits);
  return bits;
}

/**
 * Records holding a word that matches the query word (search.ts): one that
 * starts with it, or has its stem. OR-ed into `bits`.
 */
export function matchWord(index: TextIndex, query: QueryWord, bits: Bitset = createBitset(index.size)): Bitset {
  const { words, stemKeys, stemRanks } = index;
  const [first, end] = prefixRange(words, query.word);
  for (let rank = first; rank < end; rank += 1) orWord(index, rank, bits);
  const outsidePrefix = (rank: number) => rank < first || rank >= end;
  const same = lowerBound(words, query.stem);
  if (same < words.length && words[same] === query.stem && outsidePrefix(same)) orWord(index, same, bits);
  for (let i = lowerBound(stemKeys, query.stem); i < stemKeys.length && stemKeys[i] === query.stem; i += 1) {
    if (outsidePrefix(stemRanks[i]!)) orWord(index, stemRanks[i]!, bits);
  }
  return bits;
}

/**
 * Records matching every query word, written into `into` (zeroed) when
 * given; null for no words. `alsoMatching`, when given, ORs in the records
 * a query word matches outside the text (the countries they mention).
 */
export function matchQuery(
  index: TextIndex,
  queryWords: readonly QueryWord[],
  into?: Bitset,
  alsoMatching?: (query: QueryWord, bits: Bitset) => void,
): Bitset | null {
  if (queryWords.length === 0) return null;
  const result = matchWord(index, queryWords[0]!, into);
  alsoMatching?.(queryWords[0]!, result);
  if (queryWords.length === 1) return result;
  const word = createBitset(index.size);
  for (const query of queryWords.slice(1)) {
    word.fill(0);
    matchWord(index, query, word);
    alsoMatching?.(query, word);
    andInto(result, word);
  }
  return result;
}
