import { membersCounted } from '../domain/tally.js';
import { presentRange, thresholds } from '../domain/thresholds.js';
import type { BillEvent, Tally, VoteHeld } from '../domain/events.js';
import type { ReplayResult } from '../replay/replay.js';

/** The tally with votes for on the other side of the threshold, within the chamber's seats. */
const across = (
  tally: Tally,
  required: number,
  passed: boolean,
  seats: number,
): Tally | undefined => {
  const votesFor = passed ? required - 1 : required;
  if (votesFor < 0 || votesFor > seats) return undefined;
  // The votes moved go to (or come from) the votes against, or the abstentions, so the number
  // present stays the same: a threshold of those present then stays where it was.
  const moved = tally.for - votesFor;
  if (tally.against !== undefined && tally.against + moved >= 0)
    tally = { ...tally, against: tally.against + moved };
  else if (tally.abstained !== undefined && tally.abstained + moved >= 0)
    tally = { ...tally, abstained: tally.abstained + moved };
  let excess = membersCounted({ ...tally, for: votesFor }) - seats;
  const take = (n: number): number => {
    const t = Math.min(n, Math.max(excess, 0));
    excess -= t;
    return n - t;
  };
  // Parts the source did not give stay unknown.
  const probed: { -readonly [K in keyof Tally]: Tally[K] } = { for: votesFor };
  if (tally.absent !== undefined) probed.absent = take(tally.absent);
  if (tally.abstained !== undefined) probed.abstained = take(tally.abstained);
  if (tally.against !== undefined) probed.against = take(tally.against);
  return probed;
};

/**
 * Moves the tally of each flagged vote (the k-th vote with a tally, for each `flags[k]`) one vote
 * across its threshold, and keeps the move where the machine still takes the same transition: a
 * history the machine accepts, with a tally its own arithmetic should have counted the other way.
 * A correct machine never takes the same transition, so its histories are left unchanged. Returns
 * the new events, or undefined when nothing changed.
 */
export const probeTallies = (
  events: readonly BillEvent[],
  result: ReplayResult,
  flags: readonly boolean[],
): BillEvent[] | undefined => {
  const { machine } = result.procedure;
  const out = [...events];
  let changed = false;
  let k = 0;
  for (const [t, step] of result.trace.entries()) {
    const { vote, index } = step;
    if (vote?.tally === undefined || index === undefined || step.event.type !== 'VoteHeld')
      continue;
    const prior = result.trace[t - 1]?.snapshot;
    if (flags[k++] !== true || prior === undefined) continue;
    // A vote of those present that failed for want of a quorum stays failed on either side.
    const threshold = thresholds[vote.threshold];
    if (threshold.of === 'present' && presentRange(vote.tally, vote.seats)[0] * 2 <= vote.seats)
      continue;
    const tally = across(vote.tally, vote.required, vote.result === 'passed', vote.seats);
    if (tally === undefined) continue;
    const { result: _declared, ...data } = step.event.data;
    const probed: VoteHeld = { ...step.event, data: { ...data, tally } };
    const same =
      machine.getTransitionData(prior, probed)[0] ===
      machine.getTransitionData(prior, step.event)[0];
    if (!same) continue;
    out[index] = probed;
    changed = true;
  }
  return changed ? out : undefined;
};
