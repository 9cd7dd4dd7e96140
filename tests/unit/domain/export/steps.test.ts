import { describe, expect, it } from 'vitest';
import { isAbortError, nextMacrotask, runSteps, type StepProgress } from '../../../../src/domain/export/steps.ts';

describe('runSteps', () => {
  it('runs the steps in order, reporting progress before each and at the end', async () => {
    const progress: StepProgress[] = [];
    const results = await runSteps(
      [
        { label: 'one', run: () => 1 },
        { label: 'two', run: () => Promise.resolve(2) },
      ],
      { onProgress: (p) => progress.push(p) },
    );
    expect(results).toEqual([1, 2]);
    expect(progress).toEqual([
      { done: 0, total: 2, label: 'one' },
      { done: 1, total: 2, label: 'two' },
      { done: 2, total: 2, label: 'Done' },
    ]);
  });

  it('hands control back to the page between steps', async () => {
    const order: string[] = [];
    // Page work queued before the export starts runs before its first step.
    setTimeout(() => order.push('page'), 0);
    await runSteps([{ label: 'a', run: () => order.push('step') }]);
    expect(order).toEqual(['page', 'step']);
  });

  it('stops when cancelled, without running later steps', async () => {
    const controller = new AbortController();
    const ran: string[] = [];
    const running = runSteps(
      [
        { label: 'a', run: () => { ran.push('a'); controller.abort(); } },
        { label: 'b', run: () => { ran.push('b'); } },
      ],
      { signal: controller.signal },
    );
    const error: unknown = await running.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(ran).toEqual(['a']);
  });

  it('passes a step’s failure on', async () => {
    await expect(runSteps([{ label: 'a', run: () => { throw new Error('boom'); } }])).rejects.toThrow('boom');
  });

  it('nextMacrotask resolves after timers already queued', async () => {
    let fired = false;
    setTimeout(() => (fired = true), 0);
    await nextMacrotask();
    expect(fired).toBe(true);
  });
});
