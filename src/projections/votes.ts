import { thresholds } from '../domain/thresholds.js';
import type { TraceStep } from '../replay/replay.js';
import type { VoteRecord } from '../replay/votes.js';

/** A vote as the votes view shows it, with its date, source and the threshold in words. */
export type VoteRow = VoteRecord &
  Readonly<{
    index: number | undefined;
    at: string;
    thresholdWording: string;
    rule?: string;
    article?: string;
    source?: string;
    note?: string;
  }>;

export const votesOf = (trace: readonly TraceStep[]): VoteRow[] =>
  trace.flatMap((step) =>
    step.vote === undefined
      ? []
      : [
          {
            ...step.vote,
            index: step.index,
            at: step.event.at,
            thresholdWording: thresholds[step.vote.threshold].wording,
            ...(step.rule === undefined ? {} : { rule: step.rule.id, article: step.rule.article }),
            ...(step.event.source === undefined ? {} : { source: step.event.source }),
            ...(step.event.note === undefined ? {} : { note: step.event.note }),
          },
        ],
  );
