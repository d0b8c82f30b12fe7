import type { VoteGuardParams } from '../../machines/shared/billSetup.js';
import { seatsOf } from '../../machines/shared/voteResult.js';
import type { ChamberId, Seats } from '../domain/chambers.js';
import type { Motion, Tally, VoteHeld, VoteResult, VotingMethod } from '../domain/events.js';
import type { ThresholdName } from '../domain/thresholds.js';
import { tallyPasses, thresholds, votesNeeded } from '../domain/thresholds.js';

/** One vote as the votes view shows it: tally against the threshold that applied. */
export type VoteRecord = Readonly<{
  chamber: ChamberId;
  motion: Motion;
  reading?: number;
  tally?: Tally;
  declared?: VoteResult;
  result: VoteResult;
  threshold: ThresholdName;
  seats: number;
  required: number;
  /** Votes for minus votes required; absent without a tally. */
  margin?: number;
  /** false when only a declared result is known. */
  verified: boolean;
  /** How the vote was taken, where a source says. */
  method?: VotingMethod;
}>;

export const isVoteGuard = (guard: unknown): guard is { type: 'vote'; params: VoteGuardParams } =>
  typeof guard === 'object' && guard !== null && (guard as { type?: unknown }).type === 'vote';

export const voteRecordOf = (
  event: VoteHeld,
  seats: Seats,
  threshold: ThresholdName,
): VoteRecord => {
  const { chamber, motion, reading, tally, result: declared, method } = event.data;
  const n = seatsOf(seats, chamber, event.at);
  const required = votesNeeded(thresholds[threshold], n, tally);
  // Built by assignment in a fixed key order: conditional spreads cost more than the vote itself.
  const record: { -readonly [K in keyof VoteRecord]: VoteRecord[K] } = {
    chamber,
    motion,
    threshold,
    seats: n,
    required,
  } as VoteRecord;
  if (reading !== undefined) record.reading = reading;
  if (declared !== undefined) record.declared = declared;
  if (method !== undefined) record.method = method;
  if (tally === undefined) {
    record.result = declared ?? 'failed';
    record.verified = false;
    return record;
  }
  record.tally = tally;
  record.result = tallyPasses(tally, n, thresholds[threshold]) ? 'passed' : 'failed';
  record.margin = tally.for - required;
  record.verified = true;
  return record;
};
