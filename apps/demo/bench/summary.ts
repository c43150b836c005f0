// The figures the Start -> first hint benchmark prints: median and worst over the runs of a build.
import type { RunMeasure } from './page-probe.js';

export interface Spread {
  median: number;
  worst: number;
}

export interface BuildSummary {
  label: string;
  runs: number;
  firstHint: Spread;
  /** The first hint other than `NO_FACE`, over the runs that showed one. */
  firstFaceHint: Spread;
  result: Spread;
  longTaskCount: Spread;
  /** The longest long task of all runs (0 when there was none). */
  longestTaskMs: number;
  /** Median ms after the click at which each state was first reached. */
  stateMedians: Record<string, number>;
}

/** The median (mean of the two middle values for an even count) and the largest value. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: NaN, worst: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, worst: sorted[sorted.length - 1]! };
}

export function summarize(label: string, runs: readonly RunMeasure[]): BuildSummary {
  const states = new Set(runs.flatMap((r) => Object.keys(r.stateMs)));
  const stateMedians: Record<string, number> = {};
  for (const state of states) {
    stateMedians[state] = spread(runs.flatMap((r) => r.stateMs[state] ?? [])).median;
  }
  return {
    label,
    runs: runs.length,
    firstHint: spread(runs.map((r) => r.firstHintMs)),
    firstFaceHint: spread(runs.flatMap((r) => r.firstFaceHintMs ?? [])),
    result: spread(runs.map((r) => r.resultMs)),
    longTaskCount: spread(runs.map((r) => r.longTasks.length)),
    longestTaskMs: Math.max(0, ...runs.flatMap((r) => r.longTasks.map((t) => t.duration))),
    stateMedians,
  };
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '-');

/** A markdown table: one row per build, then when each state was reached. */
export function table(builds: readonly BuildSummary[]): string {
  const states = [...new Set(builds.flatMap((b) => Object.keys(b.stateMedians)))];
  return [
    '| build | Start → first hint, median (worst) | Start → first face hint (not `NO_FACE`) | long tasks Start → result, median (worst run), longest | Start → result, median (worst) |',
    '|---|---|---|---|---|',
    ...builds.map(
      (b) =>
        `| ${b.label} | ${ms(b.firstHint.median)} (${ms(b.firstHint.worst)}) | ${ms(b.firstFaceHint.median)} (${ms(b.firstFaceHint.worst)}) | ${b.longTaskCount.median} (${b.longTaskCount.worst}), ${ms(b.longestTaskMs)} | ${ms(b.result.median)} (${ms(b.result.worst)}) |`,
    ),
    '',
    `| build | ${states.map((s) => `\`${s}\``).join(' | ')} |`,
    `|---|${states.map(() => '---|').join('')}`,
    ...builds.map((b) => `| ${b.label} | ${states.map((s) => ms(b.stateMedians[s] ?? NaN)).join(' | ')} |`),
    '',
    'Second table: median ms after the click at which the root first took each `data-state`.',
  ].join('\n');
}
