import { describeEvent } from '../../domain/describeEvent.js';
import type { TraceStep } from '../../replay/replay.js';
import type { VoteRecord } from '../../replay/votes.js';

/** `event 3 (2024-05-02, VoteHeld (senate, approve))`, or `derived DeadlineElapsed (…)`. */
export const describeStep = (step: TraceStep): string =>
  `${step.index === undefined ? 'derived' : `event ${step.index}`} (${step.event.at}, ${describeEvent(step.event)})`;

/** `49 for (50 of 98 needed, majority)`, or `declared passed (unverified)`. */
export const describeVote = (vote: VoteRecord): string =>
  vote.tally === undefined
    ? `declared ${vote.result} (no tally)`
    : `${vote.tally.for} for (${vote.required} of ${vote.seats} needed, ${vote.threshold})`;

/** The first step that ends the bill's process, with its position in the trace. */
export const firstTerminal = (
  trace: readonly TraceStep[],
): { step: TraceStep; at: number } | undefined => {
  const at = trace.findIndex((s) => s.after.terminal !== undefined);
  const step = trace[at];
  return step === undefined ? undefined : { step, at };
};

/**
 * The step that decided how the process ended: the first to reach an end state, or a later one
 * that moved the bill to another end (a law struck down after enactment, `afterEnactment`).
 */
export const decidingTerminal = (
  trace: readonly TraceStep[],
): { step: TraceStep; at: number } | undefined => {
  const first = firstTerminal(trace);
  if (first === undefined) return undefined;
  let deciding = first;
  for (let at = first.at + 1; at < trace.length; at++) {
    const step = trace[at];
    if (step !== undefined && step.after.terminal !== deciding.step.after.terminal)
      deciding = { step, at };
  }
  return deciding;
};
