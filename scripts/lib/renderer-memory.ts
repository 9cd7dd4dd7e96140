import { readdirSync, readFileSync } from 'node:fs';

/**
 * The memory of the browser tabs this process started: the resident set of
 * every Chromium renderer process descended from it (a tab's page and its
 * dedicated workers live in its renderer), now and at its peak (VmHWM),
 * read from /proc. Other programs' browsers on the machine are not counted.
 * `tab` is the largest renderer (the open page's, when one page is open:
 * others are spare or closing renderers); `rss` sums them all.
 */

type ProcessInfo = { pid: number; ppid: number; renderer: boolean; rss: number; peak: number };

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields after it start after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    const renderer = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
    return { pid, ppid, renderer, rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null; // gone meanwhile
  }
}

/** Renderer processes descended from `root` (this process by default). */
export function rendererMemory(root = process.pid): { rss: number; peak: number; processes: number; tab: { rss: number; peak: number } } {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((info): info is ProcessInfo => info !== null);
  const byPid = new Map(all.map((info) => [info.pid, info]));
  const descends = (info: ProcessInfo): boolean => {
    for (let at: ProcessInfo | undefined = info, hops = 0; at !== undefined && hops < 64; at = byPid.get(at.ppid), hops += 1) {
      if (at.ppid === root) return true;
    }
    return false;
  };
  const renderers = all.filter((info) => info.renderer && descends(info));
  const largest = renderers.reduce<ProcessInfo | null>((best, info) => (best === null || info.rss > best.rss ? info : best), null);
  return {
    tab: { rss: largest?.rss ?? 0, peak: largest?.peak ?? 0 },
    rss: renderers.reduce((sum, info) => sum + info.rss, 0),
    peak: renderers.reduce((max, info) => Math.max(max, info.peak), 0),
    processes: renderers.length,
  };
}
