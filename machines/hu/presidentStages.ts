import {
  go,
  onElapsed,
  overdue,
  reviewAsked,
  reviewFound,
  startClock,
  stopClock,
  to,
  transmittedTo,
} from '../shared/transitions.js';

const SPEAKER = {
  clock: 'speaker.signature',
  label: "Speaker's signature and transmission",
  rule: 'speaker.signature',
  length: { days: 5 },
} as const;

const PRESIDENT = {
  clock: 'president.signature',
  label: "President's signature",
  rule: 'president.signature',
  length: { days: 5 },
} as const;

/** What the President may do with the Act at one point of the procedure. */
export type HuPresidentOptions = Readonly<{
  description: string;
  /** Where the signature leads and under which rule. */
  signTarget: '#bill.enacted.signed' | '#bill.enacted.override';
  signRule: string;
  /** Whether the one return of art. 6(5) is still open; if not, a return is a breach. */
  mayReturn: boolean;
  /** The court stage a President's referral leads to, under which rule; none: no referral. */
  referral?: Readonly<{ target: string; rule: string }>;
  /**
   * A referral before the Speaker has sent the Act is Parliament's (art. 6(2)): the Speaker may
   * only sign after the Court's review (art. 6(3)).
   */
  parliamentReferral?: boolean;
  /** An extra sub-stage: the President must sign immediately after the Court upheld the Act. */
  afterRuling?: boolean;
}>;

const acts = (o: HuPresidentOptions, atReceipt: boolean) => ({
  PresidentSigned: to(o.signTarget, o.signRule),
  PresidentReturned: o.mayReturn
    ? to('#bill.reconsideration', 'president.return')
    : go({ rule: 'return.once', breach: true }),
  ...(atReceipt && o.parliamentReferral === true
    ? {
        ConstitutionalReviewRequested: reviewAsked('conformity', {
          target: '#bill.court.parliament',
          rule: 'parliament.referral',
        }),
      }
    : o.referral !== undefined
      ? {
          ConstitutionalReviewRequested: reviewAsked('conformity', {
            target: o.referral.target,
            rule: o.referral.rule,
          }),
        }
      : {}),
});

/**
 * The Speaker's five days to sign and send the adopted Act, then the President's five days to
 * sign it, return it once or refer it to the Constitutional Court (Fundamental Law art. 6(3)–(5)).
 * Ends when the President signs, returns or refers the Act.
 */
export const huPresidentStage = (o: HuPresidentOptions) => ({
  description: o.description,
  initial: 'awaitingTransmission',
  exit: [stopClock(PRESIDENT.clock)],
  states: {
    awaitingTransmission: {
      description: "awaiting the Speaker's signature",
      entry: [startClock(SPEAKER)],
      exit: [stopClock(SPEAKER.clock)],
      on: {
        Transmitted: transmittedTo('president', {
          target: 'considering',
          rule: 'speaker.signature',
        }),
        // The receipt is rarely recorded: assumed on the last of the Speaker's five days.
        DeadlineElapsed: onElapsed(SPEAKER.clock, {
          target: 'considering',
          rule: 'speaker.deadline',
        }),
        ...acts(o, true),
      },
    },
    considering: {
      description: 'awaiting signature',
      entry: [startClock(PRESIDENT)],
      on: {
        DeadlineElapsed: overdue(PRESIDENT.clock, 'president.signatureOverdue'),
        // Sent after the Speaker's five days: the President's five days run from actual receipt.
        Transmitted: transmittedTo('president', {
          rule: 'speaker.late',
          actions: [stopClock(PRESIDENT.clock), startClock(PRESIDENT)],
        }),
        ...acts(o, false),
      },
    },
    ...(o.afterRuling === true
      ? {
          afterRuling: {
            description: 'must sign immediately: the Court found no violation',
            on: {
              PresidentSigned: to(o.signTarget, 'president.signAfterRuling'),
              PresidentReturned: go({ rule: 'president.noReturnAfterReferral', breach: true }),
            },
          },
        }
      : {}),
  },
});

const courtClock = (days: number) =>
  startClock({
    clock: 'court.decision',
    label: 'Constitutional Court decision',
    rule: days === 10 ? 'court.repeatDeadline' : 'court.deadline',
    length: { days },
  });

const review = (description: string, days: number, upheld: string) => ({
  description,
  entry: [courtClock(days)],
  exit: [stopClock('court.decision')],
  on: {
    ConstitutionalReviewDecided: [
      reviewFound(true, { target: upheld, rule: 'court.noViolation' }),
      reviewFound(false, { target: '#bill.newDebate', rule: 'court.violation' }),
    ],
    DeadlineElapsed: overdue(
      'court.decision',
      days === 10 ? 'court.repeatDeadlineOverdue' : 'court.deadlineOverdue',
    ),
  },
});

/**
 * The Constitutional Court's preliminary review (art. 6(2), (4), (6), (8)): 30 days, 10 on a
 * repeated referral. A violation sends the Act back to Parliament, it does not end the bill.
 */
export const huCourtStage = {
  description: 'Constitutional Court (preliminary review)',
  initial: 'president',
  states: {
    parliament: review("on Parliament's referral", 30, '#bill.afterReview'),
    president: review("on the President's referral", 30, '#bill.afterRuling'),
    readopted: review(
      "on the President's referral of the re-adopted Act",
      30,
      '#bill.readopted.afterRuling',
    ),
    repeat: review('repeated referral', 10, '#bill.afterRuling'),
  },
};
