// How long a scenario took to reach its outcome in the lab, and how long the same outcome takes with default settings.
import type { ScenarioRun } from '../runner.js';

/** When the last call the verdict checked returned (ms since the scenario started); null when none was observed. */
export function outcomeMs(run: ScenarioRun): number | null {
  const times = run.verdict.checks.flatMap((c) => (c.observed === null ? [] : [c.observed.t]));
  return times.length === 0 ? null : Math.max(...times);
}

/** The same outcome with the kernel's default settings (ms): the scenario's figure, the lab's own time where the lab shortens nothing, else null. */
export function defaultsOutcomeMs(run: ScenarioRun): number | null {
  return run.defaultsMs === 'as-in-lab' ? outcomeMs(run) : run.defaultsMs;
}

/**
 * The compact account of the time with default settings, from the scenario's `defaultsMs`: `about 131 s`, `the same`
 * (the lab shortens nothing), or `depends` (on something outside the kernel; the `withDefaults` words say what).
 */
export function defaultsText(run: Pick<ScenarioRun, 'defaultsMs'>): string {
  const { defaultsMs } = run;
  if (defaultsMs === null) return 'depends';
  return defaultsMs === 'as-in-lab' ? 'the same' : `about ${formatDuration(defaultsMs)}`;
}

/** A duration in the largest unit that keeps it readable: `38 ms`, `7 s`, `131 s`, `15 min`, `2.2 h`. */
export function formatDuration(ms: number): string {
  const round = (value: number): string => (value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value)));
  if (ms < 1000) return `${round(ms)} ms`;
  if (ms < 600_000) return `${round(ms / 1000)} s`;
  if (ms < 7_200_000) return `${round(ms / 60_000)} min`;
  return `${round(ms / 3_600_000)} h`;
}
