import type { ChamberId, Seats } from '../../src/domain/chambers.js';
import { seatsOn } from '../../src/domain/chambers.js';
import { SimulatorError } from '../../src/domain/errors.js';
import type { VoteHeld, VoteResult } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';
import { tallyPasses, thresholds } from '../../src/domain/thresholds.js';

/** The size of `chamber` on `at` (an event's date); a chamber the procedure lacks is an error. */
export const seatsOf = (seats: Seats, chamber: ChamberId, at: string): number => {
  const n = seatsOn(seats, chamber, at);
  if (n === undefined) {
    throw new SimulatorError('input.invalidTally', `This procedure has no chamber "${chamber}"`, {
      chamber,
    });
  }
  return n;
};

/**
 * The result of a vote: computed from the tally against the threshold when a tally is known,
 * otherwise the declared result (unverified). A tally that contradicts a declared result is
 * caught by the replay engine before the event is applied.
 */
export const voteResultOf = (
  vote: VoteHeld,
  seats: Seats,
  threshold: ThresholdName,
): VoteResult => {
  const { tally, result } = vote.data;
  if (tally === undefined) return result ?? 'failed';
  return tallyPasses(tally, seatsOf(seats, vote.data.chamber, vote.at), thresholds[threshold])
    ? 'passed'
    : 'failed';
};
