// Compares what the catalog predicts with what the kernel did in one scenario run.
import type { Prediction } from './scenario.js';
import type { CallEvent, TimelineEvent } from './timeline.js';

/** One prediction next to the call that settles it. */
export interface PredictionCheck {
  readonly prediction: Prediction;
  /** The matching call, else the first call of that kind, else null (the call never happened). */
  readonly observed: CallEvent | null;
  readonly holds: boolean;
}

/** The outcome of comparing a run with the catalog. */
export interface Verdict {
  readonly status: 'agrees' | 'contradicts' | 'not-run' | 'failed';
  readonly checks: readonly PredictionCheck[];
}

/** Judges a finished run: it agrees when every predicted call result was observed. */
export function judge(predicts: readonly Prediction[], events: readonly TimelineEvent[], ran: 'ran' | 'not-run' | 'failed'): Verdict {
  const calls = events.filter((e): e is CallEvent => e.kind === 'call');
  const checks = predicts.map((prediction): PredictionCheck => {
    const same = calls.filter((c) => c.endpoint === prediction.endpoint && c.call === prediction.call);
    const match = same.find((c) => c.result === prediction.result);
    return { prediction, observed: match ?? same[0] ?? null, holds: match !== undefined };
  });
  if (ran !== 'ran') return { status: ran, checks };
  return { status: checks.every((c) => c.holds) ? 'agrees' : 'contradicts', checks };
}
