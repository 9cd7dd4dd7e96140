/**
 * A long export as a list of steps run one at a time, reporting progress
 * and handing the main thread back to the page between steps so that it
 * stays responsive (rasterising an SVG cannot move to a worker in Chromium).
 */
export type ExportStep<T> = { label: string; run: () => T | Promise<T> };

export type StepProgress = { done: number; total: number; label: string };

export type RunStepsOptions = {
  onProgress?: (progress: StepProgress) => void;
  signal?: AbortSignal;
  /** Awaited between steps; defaults to a macrotask. */
  yieldToPage?: () => Promise<void>;
};

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Resolves after the browser has had a turn: scheduler.yield() where it exists, else a 0 ms timeout. */
export function nextMacrotask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export async function runSteps<T>(steps: readonly ExportStep<T>[], options: RunStepsOptions = {}): Promise<T[]> {
  const yieldToPage = options.yieldToPage ?? nextMacrotask;
  const results: T[] = [];
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i]!;
    throwIfAborted(options.signal);
    options.onProgress?.({ done: i, total: steps.length, label: step.label });
    await yieldToPage();
    throwIfAborted(options.signal);
    results.push(await step.run());
  }
  options.onProgress?.({ done: steps.length, total: steps.length, label: 'Done' });
  return results;
}
