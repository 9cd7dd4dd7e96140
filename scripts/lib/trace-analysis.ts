/**
 * Reading a Chromium trace and a V8 CPU profile of one interaction, for
 * `npm run profile:interaction`: main-thread time by kind, time per function,
 * and time per (React phase, component). Pure, so it is tested on small
 * hand-made traces.
 */
export type TraceEvent = { name: string; cat: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: Record<string, unknown> };
export type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
export type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Which kind of main-thread work each trace event is. */
const KINDS: Readonly<Record<string, string>> = {
  RunTask: 'tasks',
  FunctionCall: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  'V8.GC_MC_INCREMENTAL': 'gc',
  'V8.GC_MINOR_MARK_SWEEPER': 'gc',
};

/**
 * The renderer's main-thread complete events from the dispatch of the first
 * click or keydown for `latency` ms (all of them when either is unknown).
 */
export function interactionWindow(events: TraceEvent[], latency: number | null): { from: number; to: number; thread: TraceEvent[] } {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const onMain = events.filter((event) => main && event.tid === main.tid && event.pid === main.pid && event.ph === 'X');
  const input = onMain.find((event) => {
    const type = (event.args?.data as { type?: string } | undefined)?.type;
    return event.name === 'EventDispatch' && (type === 'click' || type === 'keydown');
  });
  const from = input?.ts ?? 0;
  const to = input && latency !== null ? from + latency * 1000 : Infinity;
  const thread = onMain.filter((event) => event.ts >= from && event.ts < to);
  return { from, to, thread };
}

/**
 * Main-thread time by kind, in ms, from the dispatch of the input event for
 * `latency` ms (the frame the bench waits for): each kind's outermost events
 * (a layout forced by script counts under both script and layout).
 */
export function phases(events: TraceEvent[], latency: number | null): Record<string, number> {
  const { from, to, thread } = interactionWindow(events, latency);
  const totals: Record<string, number> = { window: Number.isFinite(to) ? (to - from) / 1000 : 0, tasks: 0, script: 0, style: 0, layout: 0, paint: 0, gc: 0 };
  const openUntil: Record<string, number> = {};
  for (const event of thread.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const kind = KINDS[event.name];
    if (!kind) continue;
    const end = event.ts + (event.dur ?? 0);
    if ((openUntil[kind] ?? -1) > event.ts) continue;
    openUntil[kind] = end;
    totals[kind] = (totals[kind] ?? 0) + (event.dur ?? 0) / 1000;
  }
  return totals;
}

/** Self and total ms per function (a function on the stack twice counts once). */
export function functions(profile: Profile): Map<string, { self: number; total: number }> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  };
  const result = new Map<string, { self: number; total: number }>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    const seen = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
      const name = label(node);
      if (seen.has(name)) continue;
      seen.add(name);
      const entry = result.get(name) ?? { self: 0, total: 0 };
      if (node === leaf) entry.self += ms;
      entry.total += ms;
      result.set(name, entry);
    }
  });
  return result;
}

const PHASES: ReadonlyArray<[RegExp, string]> = [
  [/^(renderRootSync|renderRootConcurrent)$/, 'render'],
  [/^commitMutationEffects/, 'commit: DOM'],
  [/^(commitLayoutEffects|flushLayoutEffects)/, 'commit: layout effects'],
  [/^(flushPassiveEffects|flushPendingEffects)$/, 'passive effects'],
  [/^dispatchDiscreteEvent$/, 'event handler'],
];

/**
 * Exclusive ms per (React phase, component): each sample goes to the
 * outermost phase on its stack and the innermost component (a function
 * named like one) under it; script outside React goes to its file.
 */
export function owners(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const result = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const stack: ProfileNode[] = [];
    for (let node: ProfileNode | undefined = byId.get(id); node; node = byId.get(parent.get(node.id) ?? -1)) stack.push(node);
    const leaf = stack[0]!.callFrame.functionName;
    if (leaf === '(idle)' || leaf === '(program)' || leaf === '(garbage collector)' || leaf === '(root)') {
      result.set(leaf, (result.get(leaf) ?? 0) + ms);
      return;
    }
    let phase: string | null = null;
    for (let k = stack.length - 1; k >= 0 && phase === null; k -= 1) {
      const name = stack[k]!.callFrame.functionName;
      phase = PHASES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
    }
    const component = stack.find((node) => /^[A-Z][A-Za-z0-9]*$/.test(node.callFrame.functionName))?.callFrame.functionName;
    const file = (stack.find((node) => node.callFrame.url)?.callFrame.url.split('/').pop() ?? 'native').replace(/-[\w-]{8}\.js$/, '.js');
    const key = `${phase ?? 'other script'} / ${component ?? file}`;
    result.set(key, (result.get(key) ?? 0) + ms);
  });
  return result;
}

/** Lines for PROFILE_DEBUG: the costliest event names, then each long layout, paint or GC. */
export function describeWindow(events: TraceEvent[], latency: number | null): string[] {
  const { from, thread } = interactionWindow(events, latency);
  const lines: string[] = [];
  const byName = new Map<string, number>();
  for (const event of thread) byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  lines.push([...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', '));
  for (const event of thread) {
    if (['Layout', 'Paint', 'UpdateLayoutTree', 'PrePaint', 'MinorGC'].includes(event.name) && (event.dur ?? 0) > 500) {
      lines.push(`  ${event.name} ${((event.dur ?? 0) / 1000).toFixed(1)} at +${((event.ts - from) / 1000).toFixed(1)} ${JSON.stringify(event.args ?? {}).slice(0, 300)}`);
    }
  }
  return lines;
}
