// The figures the slow-phone benchmark prints: per build, median and worst over its runs, and the
// scripts behind the long animation frames while guiding.
import type { RunMeasure } from './page-probe.js';
import type { GuidingMeasure, Loaf } from './phone-probe.js';
import { spread, type Spread } from './summary.js';

/** One throttled run: the Start → result figures, the guiding window, the throttle seen in the page. */
export interface PhoneRun {
  run: RunMeasure;
  guiding: GuidingMeasure;
  /** The long animation frames from Start to the result. */
  loafs: Loaf[];
  /** The page's main thread after the run: the spin's time over the unthrottled one. */
  slowdown: number;
}

/** Median and lowest, for rates where lower is worse. */
export interface LowSpread {
  median: number;
  lowest: number;
}

function lowSpread(values: readonly number[]): LowSpread {
  return { median: spread(values).median, lowest: Math.min(...values) };
}

export interface PhoneSummary {
  label: string;
  runs: number;
  firstHint: Spread;
  result: Spread;
  guidingMs: LowSpread;
  framesAnalysed: LowSpread;
  uiFrames: LowSpread;
  longestFrameGapMs: number;
  longTasks: Spread;
  longestTaskMs: number;
  guidingLongTasks: Spread;
  guidingLongestTaskMs: number;
  slowdown: number;
}

const longest = (lists: readonly { duration: number }[][]) =>
  Math.max(0, ...lists.flatMap((list) => list.map((t) => t.duration)));

export function summarizePhone(label: string, runs: readonly PhoneRun[]): PhoneSummary {
  return {
    label,
    runs: runs.length,
    firstHint: spread(runs.map((r) => r.run.firstHintMs)),
    result: spread(runs.map((r) => r.run.resultMs)),
    guidingMs: lowSpread(runs.map((r) => r.guiding.ms)),
    framesAnalysed: lowSpread(runs.map((r) => r.guiding.framesAnalysedPerSecond)),
    uiFrames: lowSpread(runs.map((r) => r.guiding.uiFramesPerSecond)),
    longestFrameGapMs: Math.max(...runs.map((r) => r.guiding.longestFrameGapMs)),
    longTasks: spread(runs.map((r) => r.run.longTasks.length)),
    longestTaskMs: longest(runs.map((r) => r.run.longTasks)),
    guidingLongTasks: spread(runs.map((r) => r.guiding.longTasks.length)),
    guidingLongestTaskMs: longest(runs.map((r) => r.guiding.longTasks)),
    slowdown: spread(runs.map((r) => r.slowdown)).median,
  };
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '-');
const perSecond = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

/** A markdown table, one row per build. */
export function phoneTable(builds: readonly PhoneSummary[]): string {
  return [
    '| build | Start → first hint, median (worst) | Start → result, median (worst) | frames analysed/s while guiding, median (lowest) | guiding window, median (shortest) | long tasks Start → result, median (worst run), longest | long tasks while guiding, median (worst run), longest | UI frames/s while guiding, median (lowest), longest gap |',
    '|---|---|---|---|---|---|---|---|',
    ...builds
      .map((b) =>
        [
          b.label,
          `${ms(b.firstHint.median)} (${ms(b.firstHint.worst)})`,
          `${ms(b.result.median)} (${ms(b.result.worst)})`,
          `${perSecond(b.framesAnalysed.median)} (${perSecond(b.framesAnalysed.lowest)})`,
          `${ms(b.guidingMs.median)} (${ms(b.guidingMs.lowest)})`,
          `${b.longTasks.median} (${b.longTasks.worst}), ${ms(b.longestTaskMs)}`,
          `${b.guidingLongTasks.median} (${b.guidingLongTasks.worst}), ${ms(b.guidingLongestTaskMs)}`,
          `${perSecond(b.uiFrames.median)} (${perSecond(b.uiFrames.lowest)}), ${ms(b.longestFrameGapMs)}`,
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
  ].join('\n');
}

/** One script that ran in long animation frames, summed over them. */
export interface StallingScript {
  /** `[states] invokerType invoker → function @ source:char` (names minified in a production build). */
  name: string;
  sourceURL: string;
  sourceCharPosition: number;
  frames: number;
  totalMs: number;
  longestMs: number;
}

/**
 * The scripts of the long animation frames that blocked the page (`blockingDuration` > 0: a task
 * over 50 ms in it), longest total first.
 */
export function stallingScripts(loafs: readonly Loaf[]): StallingScript[] {
  const byName = new Map<string, StallingScript>();
  for (const loaf of loafs.filter((l) => l.blockingDuration > 0)) {
    for (const s of loaf.scripts) {
      const fn = s.sourceFunctionName || '(anonymous)';
      const name = `[${loaf.phase ?? '?'}] ${s.invokerType} ${s.invoker} → ${fn} @ ${s.sourceURL}:${s.sourceCharPosition}`;
      const entry = byName.get(name) ?? {
        name,
        sourceURL: s.sourceURL,
        sourceCharPosition: s.sourceCharPosition,
        frames: 0,
        totalMs: 0,
        longestMs: 0,
      };
      entry.frames++;
      entry.totalMs += s.duration;
      entry.longestMs = Math.max(entry.longestMs, s.duration);
      byName.set(name, entry);
    }
  }
  return [...byName.values()].sort((a, b) => b.totalMs - a.totalMs);
}

/** How much of the blocking long animation frames was not script (style, layout, paint). */
export function nonScriptMs(loafs: readonly Loaf[]): { frames: number; totalMs: number; scriptMs: number } {
  const blocking = loafs.filter((l) => l.blockingDuration > 0);
  return {
    frames: blocking.length,
    totalMs: blocking.reduce((sum, l) => sum + l.duration, 0),
    scriptMs: blocking.reduce((sum, l) => sum + l.scripts.reduce((s, x) => s + x.duration, 0), 0),
  };
}
