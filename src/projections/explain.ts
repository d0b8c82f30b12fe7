import { formatTallyLong } from '../domain/tally.js';
import { describeEvent } from '../domain/describeEvent.js';
import { describeLength } from '../domain/calendar.js';
import type { Anomaly, AppliedRule, ReplayResult } from '../replay/replay.js';
import type { Outcome } from './outcome.js';
import { outcomeOf } from './outcome.js';

/** One link of the chain event → rule (with its article) → stage, with its sources. */
export type ExplanationStep = Readonly<{
  index?: number;
  at: string;
  event: string;
  derived: boolean;
  from: string;
  to: string;
  rule?: AppliedRule;
  vote?: string;
  source?: string;
  note?: string;
  /** Why this step rests on an assumption (a clock start no event records). */
  assumptions: readonly string[];
}>;

export type Explanation = Readonly<{
  steps: readonly ExplanationStep[];
  anomalies: readonly Anomaly[];
  outcome: Outcome;
}>;

export const explanationOf = (result: ReplayResult): Explanation => ({
  steps: result.trace.map((step) => {
    const v = step.vote;
    const vote =
      v === undefined
        ? undefined
        : v.tally === undefined
          ? `declared ${v.result} (no tally found; ${v.required} of ${v.seats} needed) — unverified`
          : `${formatTallyLong(v.tally)}: ${v.result} (${v.required} of ${v.seats} needed, margin ${v.margin ?? 0})`;
    return {
      ...(step.index === undefined ? {} : { index: step.index }),
      at: step.event.at,
      event: describeEvent(step.event),
      derived: step.derived,
      from: step.before.label,
      to: step.after.label,
      ...(step.rule === undefined ? {} : { rule: step.rule }),
      ...(vote === undefined ? {} : { vote }),
      ...(step.event.source === undefined ? {} : { source: step.event.source }),
      ...(step.event.note === undefined ? {} : { note: step.event.note }),
      assumptions: step.assumedClocks.map(
        (c) =>
          `${c.label} (${describeLength(c.length)}) ${c.assumption ?? `assumed to start ${c.startedOn}, the latest day allowed, as no event records it`}: due ${c.dueOn}`,
      ),
    };
  }),
  anomalies: result.anomalies,
  outcome: outcomeOf(result.trace),
});
