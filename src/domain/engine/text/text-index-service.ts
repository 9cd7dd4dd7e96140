import type { TextIndex } from './text-index.ts';
import type { TextBatch, TextBatchSink } from './text-batch.ts';
import { TextIndexBuilder } from './text-index-builder.ts';

/**
 * Building the search index in another thread (a Web Worker in the app, a
 * worker thread in the benchmark) while this one builds everything else.
 * Tokenizing the statement texts is most of an index build, and it needs
 * nothing but the texts, so it can run beside the rest from the first
 * statement on.
 *
 * The protocol is host-neutral: `createTextIndexService` is what runs in the
 * other thread, `TextIndexClient` is this side, and a TextIndexPort joins
 * them (see src/workers/text-index-worker.ts and scripts/lib/).
 */

export type TextIndexRequest =
  | { type: 'batch'; batch: TextBatch }
  /** No more batches: the index can be laid out while the record order is worked out. */
  | { type: 'end' }
  /** `order[p]`: the record (in the order the batches brought them) at internal position p. */
  | { type: 'finish'; order: Uint32Array };

export type TextIndexReply =
  | { type: 'done'; index: TextIndex; busyMs: number }
  | { type: 'failed'; message: string };

/** The buffers of typed arrays in a batch or an index, to move them rather than copy. */
export function buffersOf(value: TextBatch | TextIndex): ArrayBuffer[] {
  const arrays: ArrayBufferView[] =
    'bytes' in value
      ? [value.bytes, value.ends, value.ascii, value.speakers]
      : [value.offsets, value.positions, value.stemRanks, ...value.dense.filter((bits) => bits !== undefined)];
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}

/** The other thread's side: feed it requests, send back what it returns. */
export function createTextIndexService(): { handle(request: TextIndexRequest): TextIndexReply | null } {
  let builder: TextIndexBuilder | null = new TextIndexBuilder();
  let busyMs = 0;
  return {
    handle(request) {
      const started = performance.now();
      try {
        if (builder === null) throw new Error('the search index was already finished');
        if (request.type === 'batch' || request.type === 'end') {
          if (request.type === 'batch') builder.addBatch(request.batch);
          else builder.prepare();
          busyMs += performance.now() - started;
          return null;
        }
        const index = builder.finish(request.order);
        builder = null;
        busyMs += performance.now() - started;
        return { type: 'done', index, busyMs };
      } catch (error) {
        builder = null;
        return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** A channel to the thread running the service. */
export type TextIndexPort = {
  post(request: TextIndexRequest, transfer: ArrayBuffer[]): void;
  /** Called with each reply, or with an Error when the thread itself failed. */
  listen(onReply: (reply: TextIndexReply | Error) => void): void;
  close(): void;
};

/** What the other thread reports with the finished index. */
export type TextIndexResult = { index: TextIndex; busyMs: number };

/**
 * This side: a TextBatchSink for ColumnarIndexBuilder that moves each batch
 * to the other thread, and `finish` for the result.
 */
export class TextIndexClient implements TextBatchSink {
  private result: Promise<TextIndexResult> | null = null;
  private failure: Error | null = null;
  private settle: { resolve(result: TextIndexResult): void; reject(error: Error): void } | null = null;

  constructor(private readonly port: TextIndexPort) {
    port.listen((reply) => {
      if (!(reply instanceof Error) && reply.type === 'done') {
        this.settle?.resolve({ index: reply.index, busyMs: reply.busyMs });
      } else {
        const error = reply instanceof Error ? reply : new Error(reply.message);
        this.failure = error;
        this.settle?.reject(error);
      }
      this.settle = null;
    });
  }

  push(batch: TextBatch): void {
    // A failed thread gets nothing more; `finish` reports the failure.
    if (this.failure === null) this.port.post({ type: 'batch', batch }, buffersOf(batch));
  }

  end(): void {
    if (this.failure === null) this.port.post({ type: 'end' }, []);
  }

  /** Stops the other thread (when the index is no longer wanted). */
  close(): void {
    this.failure ??= new Error('the search index was abandoned');
    this.port.close();
  }

  /** The index of every record pushed, laid out by `order`; the port is closed once it arrives. */
  finish(order: Uint32Array): Promise<TextIndexResult> {
    this.result ??= new Promise<TextIndexResult>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      this.settle = { resolve, reject };
      // A copy moves; the caller's order stays in its index.
      const copy = order.slice();
      this.port.post({ type: 'finish', order: copy }, [copy.buffer]);
    }).finally(() => this.port.close());
    return this.result;
  }
}
