import { buildColumnOrder, type ColumnOrder, type ColumnOrderBuilder, type ColumnOrderInput } from './event-list-order.ts';

/**
 * The messages between the page and the events table's order worker
 * (src/workers/event-order-worker.ts), and both ends' logic, kept here so
 * they are tested without a worker: the page asks for a column's order with
 * the column's input, the worker answers with the order, its typed arrays
 * transferred rather than copied.
 */

export type ColumnOrderRequest = { id: number; input: ColumnOrderInput };
export type ColumnOrderReply = { id: number; order: ColumnOrder } | { id: number; error: string };

/** The page's end of a worker: how to post to it and hear from it. */
export type ColumnOrderPort = {
  post(request: ColumnOrderRequest, transfer: ArrayBuffer[]): void;
  /** Calls back with each reply, or with an Error when the worker itself failed. */
  listen(onReply: (reply: ColumnOrderReply | Error) => void): void;
};

/** The buffers a message can hand over instead of copying. */
export function transferablesOf(message: ColumnOrderRequest | ColumnOrderReply): ArrayBuffer[] {
  if ('input' in message) {
    const { input } = message;
    return (input.kind === 'numbers' ? [input.keys] : [input.chars, input.ends, input.stated]).map((array) => array.buffer as ArrayBuffer);
  }
  if ('order' in message) return [message.order.order.buffer as ArrayBuffer, message.order.runStarts.buffer as ArrayBuffer];
  return [];
}

/** The worker's side: one request, one reply. */
export function answerColumnOrderRequest(request: ColumnOrderRequest): ColumnOrderReply {
  try {
    return { id: request.id, order: buildColumnOrder(request.input) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The page's side: a ColumnOrderBuilder that sends each input through
 * `port` and resolves with the matching reply. If the worker fails, or
 * `close` is called (before the worker is stopped), every request waiting
 * and every later one is rejected (the caller then sorts on its own thread).
 */
export function createColumnOrderClient(port: ColumnOrderPort): { build: ColumnOrderBuilder; close: () => void } {
  const waiting = new Map<number, { resolve: (order: ColumnOrder) => void; reject: (error: Error) => void }>();
  let failed: Error | null = null;
  let next = 1;
  const fail = (error: Error) => {
    failed ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  port.listen((reply) => {
    if (reply instanceof Error) {
      fail(reply);
      return;
    }
    const job = waiting.get(reply.id);
    if (!job) return;
    waiting.delete(reply.id);
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(reply.order);
  });
  const build: ColumnOrderBuilder = (input) =>
    new Promise<ColumnOrder>((resolve, reject) => {
      if (failed) {
        reject(failed);
        return;
      }
      const request: ColumnOrderRequest = { id: next++, input };
      waiting.set(request.id, { resolve, reject });
      port.post(request, transferablesOf(request));
    });
  return { build, close: () => fail(new Error('the sort worker was stopped')) };
}
