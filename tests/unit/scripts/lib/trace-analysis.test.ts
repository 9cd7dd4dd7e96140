import { describe, expect, it } from 'vitest';
import { describeWindow, functions, owners, phases, type Profile, type TraceEvent } from '../../../../scripts/lib/trace-analysis.ts';

const MAIN = { pid: 1, tid: 7 };
const name: TraceEvent = { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } };
const complete = (eventName: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name: eventName,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  ...MAIN,
  ...extra,
});
const click = (ts: number, dur: number) => complete('EventDispatch', ts, dur, { args: { data: { type: 'click' } } });

describe('phases', () => {
  it('counts main-thread time from the click for the latency, outermost events of each kind only', () => {
    const events = [
      name,
      complete('Layout', 500, 4_000), // before the click: not counted
      click(10_000, 3_000),
      complete('FunctionCall', 10_500, 1_000), // inside the dispatch: script once
      complete('Layout', 12_000, 2_000),
      complete('UpdateLayoutTree', 14_000, 1_000),
      complete('Paint', 15_000, 500),
      complete('MinorGC', 16_000, 250),
      complete('Layout', 40_000, 9_000), // after the frame: not counted
      complete('Layout', 12_500, 1_000, { tid: 8 }), // another thread
    ];
    expect(phases(events, 20)).toEqual({ window: 20, tasks: 0, script: 3, style: 1, layout: 2, paint: 0.5, gc: 0.25 });
  });

  it('counts the whole main thread when no input event or latency is known', () => {
    const events = [name, complete('Layout', 0, 2_000), complete('Paint', 5_000, 1_000)];
    expect(phases(events, null)).toMatchObject({ window: 0, layout: 2, paint: 1 });
    expect(phases([name, click(0, 1_000), complete('Paint', 5_000, 1_000)], null)).toMatchObject({ window: 0, script: 1, paint: 1 });
  });

  it('finds nothing without the renderer main thread', () => {
    expect(phases([click(0, 1_000)], 5)).toMatchObject({ script: 0, layout: 0 });
  });

  it('lists long layouts in the debug lines with their offset from the click', () => {
    const lines = describeWindow([name, click(1_000, 100), complete('Layout', 3_000, 1_500)], 10);
    expect(lines[0]).toBe('Layout 1.5, EventDispatch 0.1');
    expect(lines[1]).toMatch(/^ {2}Layout 1\.5 at \+2\.0 /);
  });
});

/**
 * root → dispatchDiscreteEvent → onClick (app.js) → Row (row.js)
 *      → renderRootSync → StatementList → Row
 *      → (idle)
 */
function profile(): Profile {
  const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 5, 8] },
      { id: 2, callFrame: frame('dispatchDiscreteEvent', 'http://x/assets/react-dom-abcdef12.js', 9), children: [3] },
      { id: 3, callFrame: frame('onClick', 'http://x/assets/app.js', 41), children: [4] },
      { id: 4, callFrame: frame('Row', 'http://x/assets/row.js', 2) },
      { id: 5, callFrame: frame('renderRootSync', 'http://x/assets/react-dom-abcdef12.js', 99), children: [6] },
      { id: 6, callFrame: frame('StatementList', 'http://x/assets/list.js', 0), children: [7] },
      { id: 7, callFrame: frame('Row', 'http://x/assets/row.js', 2) },
      { id: 8, callFrame: frame('(idle)') },
    ],
    // A sample lasts until the next one (Chromium's timeDeltas are since the previous sample): 2, 3, 4 ms,
    // and the last repeats its own delta, 4 ms.
    samples: [3, 4, 7, 8],
    timeDeltas: [0, 2_000, 3_000, 4_000],
  };
}

describe('functions', () => {
  it('gives each function its own time and the time of what it called', () => {
    const byName = functions(profile());
    // Row is on two stacks: 3 ms under the click, 4 ms under the render, all its own.
    expect(byName.get('Row row.js:3')).toEqual({ self: 7, total: 7 });
    expect(byName.get('onClick app.js:42')).toEqual({ self: 2, total: 5 });
    expect(byName.get('renderRootSync react-dom-abcdef12.js:100')).toEqual({ self: 0, total: 4 });
    expect(byName.get('(idle) :1')).toEqual({ self: 4, total: 4 });
  });
});

describe('owners', () => {
  it('charges each sample to its outermost React phase and innermost component', () => {
    const byOwner = owners(profile());
    expect(byOwner.get('event handler / app.js')).toBe(2); // onClick is no component: its file
    expect(byOwner.get('event handler / Row')).toBe(3);
    expect(byOwner.get('render / Row')).toBe(4);
    expect(byOwner.get('(idle)')).toBe(4);
    expect([...byOwner.values()].reduce((sum, ms) => sum + ms, 0)).toBe(13);
  });

  it('charges script outside React to its file, without the build hash', () => {
    const single: Profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 }, children: [2] },
        { id: 2, callFrame: { functionName: 'parse', url: 'http://x/assets/worker-0123abcd.js', lineNumber: 0 } },
      ],
      samples: [2],
      timeDeltas: [1_500],
    };
    expect([...owners(single)]).toEqual([['other script / worker.js', 1.5]]);
  });
});
