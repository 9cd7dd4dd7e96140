import { GrowableUint32 } from '../columnar/growable.ts';

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
