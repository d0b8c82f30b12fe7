import type { ChamberId } from '../../src/domain/chambers.js';
import type { BillKind } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';
import {
  go,
  onElapsed,
  overdue,
  resumeClock,
  reviewAsked,
  reviewFound,
  startClock,
  stopClock,
  suspendClock,
  to,
  transmittedTo,
  vote,
} from '../shared/transitions.js';

/** Kazakhstan's chambers as the stages name them. */
const kzChamberNames: Readonly<Record<string, string>> = {
  majilis: 'Mäjilis',
  senate: 'Senate',
  kurultai: 'Kurultai',
};

/**
 * The Kazakh President's part of the procedure, shared by every Kazakh version (1995 text as
 * amended, the 2023 bicameral text and the 2026 Kurultai): presentation within 10 days, signature
 * within one month or return of the law, referral to the Constitutional Court (which suspends the
 * signing period), and Parliament's reconsideration of the objections within one month.
 * Rule ids are the same in every version; each procedure's citation table gives its articles.
 */
export type KzPresidentOptions = Readonly<{
  /** Chambers that reconsider the objections, in order (the Mäjilis, then the Senate). */
  objectionChambers: readonly ChamberId[];
  /** Override threshold per kind of law. */
  overrideThreshold: Readonly<Record<BillKind, ThresholdName>>;
  /** Constitutional review before signature exists in this version. */
  constitutionalReview: boolean;
  /** Who reviews: the Constitutional Court (from 2023) or the Constitutional Council (before). */
  reviewBody?: string;
  /**
   * A law neither signed nor returned within the month is deemed signed, and signed in the
   * President's stead (Constitutional Law on Parliament, art. 19, from 2007).
   */
  deemedSignature?: boolean;
}>;

const SIGNATURE = 'president.signature';
const SIGNATURE_CLOCK = {
  clock: SIGNATURE,
  label: "President's signature",
  rule: 'president.signature',
  length: { months: 1 },
} as const;

const presidentActs = (o: KzPresidentOptions) => ({
  PresidentSigned: to('#bill.enacted.signed', 'president.sign'),
  PresidentReturned: to('#bill.objections', 'president.return'),
  // Declining to sign without returning the law is not one of the acts of art. 44(2): a breach,
  // after which the law stays before the President and the month runs on.
  PresidentRefused: go({ rule: 'president.refused', breach: true }),
  ...(o.constitutionalReview
    ? {
        ConstitutionalReviewRequested: reviewAsked('conformity', {
          target: '#bill.president.review',
          rule: 'court.referral',
        }),
      }
    : {}),
});

/** The month ran out with the law neither signed nor returned (kz-1995, from 2007). */
const deemedSigned = {
  description: 'deemed signed: neither signed nor returned within the month',
  on: {
    SignedInStead: go({
      target: '#bill.enacted.signedInStead',
      rule: 'president.signedInStead',
      reason: 'signed-in-stead',
    }),
    PresidentSigned: to('#bill.enacted.signed', 'president.sign'),
  },
};

const objectionStates = (o: KzPresidentOptions) => {
  const states: Record<string, object> = {};
  o.objectionChambers.forEach((chamber, i) => {
    const next = o.objectionChambers[i + 1];
    const overrideTarget = next === undefined ? '#bill.mustSign' : `#bill.objections.${next}`;
    const wordingTarget =
      next === undefined ? '#bill.president' : `#bill.objections.${next}Wording`;
    const sustained = { target: '#bill.failed.vetoSustained', rule: 'objections.sustained' };
    const override = (kind: BillKind) =>
      vote(
        { chamber, motion: 'overrideVeto', threshold: o.overrideThreshold[kind], kind },
        { target: overrideTarget, rule: `objections.override.${kind}` },
        sustained,
      );
    const wording = vote(
      { chamber, motion: 'adoptInPresidentWording', threshold: 'majority' },
      {
        target: wordingTarget,
        rule: 'objections.presidentWording',
        reason: 'adopted-in-president-wording',
      },
      sustained,
    );
    states[chamber] = {
      description: `${kzChamberNames[chamber] ?? chamber} reconsiders`,
      on: {
        VoteHeld: [
          ...override('law'),
          ...override('constitutionalLaw'),
          ...(i === 0 ? wording : []),
        ],
      },
    };
    if (i > 0)
      states[`${chamber}Wording`] = {
        description: `${kzChamberNames[chamber] ?? chamber}: the President's wording`,
        on: { VoteHeld: wording },
      };
  });
  return states;
};

export const kzPresidentStages = (o: KzPresidentOptions) => ({
  president: {
    description: 'President',
    initial: 'awaitingTransmission',
    exit: [stopClock(SIGNATURE)],
    states: {
      awaitingTransmission: {
        description: 'awaiting presentation for signature',
        entry: [
          startClock({
            clock: 'president.presentation',
            label: 'Presentation to the President',
            rule: 'president.presentation',
            length: { days: 10 },
          }),
        ],
        exit: [stopClock('president.presentation')],
        on: {
          Transmitted: transmittedTo('president', {
            target: 'considering',
            rule: 'president.presentation',
          }),
          DeadlineElapsed: {
            guard: { type: 'clockElapsed' as const, params: { clock: 'president.presentation' } },
            target: 'considering',
            meta: { rule: 'president.presentation' },
          },
          ...presidentActs(o),
        },
      },
      considering: {
        description: 'awaiting signature',
        entry: [startClock(SIGNATURE_CLOCK)],
        on: {
          DeadlineElapsed: o.deemedSignature
            ? onElapsed(SIGNATURE, {
                target: 'deemedSigned',
                rule: 'president.deemedSigned',
                actions: [stopClock(SIGNATURE)],
              })
            : overdue(SIGNATURE, 'president.signatureOverdue'),
          // Presented after the ten days: the month is counted from actual receipt.
          Transmitted: transmittedTo('president', {
            rule: 'president.presentedLate',
            actions: [stopClock(SIGNATURE), startClock(SIGNATURE_CLOCK)],
          }),
          ...presidentActs(o),
        },
      },
      ...(o.deemedSignature ? { deemedSigned } : {}),
      ...(o.constitutionalReview
        ? {
            review: {
              description: `${o.reviewBody ?? 'Constitutional Court'} review`,
              entry: [
                suspendClock(SIGNATURE),
                startClock({
                  clock: 'court.decision',
                  label: `${o.reviewBody ?? 'Constitutional Court'} decision`,
                  rule: 'court.deadline',
                  length: { months: 1 },
                  urgentLength: { days: 10 },
                }),
              ],
              exit: [stopClock('court.decision'), resumeClock(SIGNATURE)],
              on: {
                ConstitutionalReviewDecided: [
                  reviewFound(true, { target: 'considering', rule: 'court.constitutional' }),
                  reviewFound(false, {
                    target: '#bill.failed.unconstitutional',
                    rule: 'court.unconstitutional',
                  }),
                ],
                DeadlineElapsed: overdue('court.decision', 'court.deadlineOverdue'),
              },
            },
          }
        : {}),
    },
  },
  objections: {
    description: "Parliament › the President's objections",
    initial: o.objectionChambers[0],
    entry: [
      startClock({
        clock: 'objections',
        label: 'Reconsideration of the objections',
        rule: 'objections.deadline',
        length: { months: 1 },
      }),
    ],
    exit: [stopClock('objections')],
    on: {
      DeadlineElapsed: {
        guard: { type: 'clockElapsed' as const, params: { clock: 'objections' } },
        target: '#bill.failed.objectionsAccepted',
        meta: { rule: 'objections.deadline' },
      },
    },
    states: objectionStates(o),
  },
  mustSign: {
    description: 'President › must sign after the override',
    entry: [
      startClock({
        clock: 'president.mustSign',
        label: 'Signature after the override',
        rule: 'president.mustSign',
        length: { months: 1 },
      }),
    ],
    exit: [stopClock('president.mustSign')],
    on: {
      PresidentSigned: to('#bill.enacted.override', 'president.signAfterOverride'),
      DeadlineElapsed: overdue('president.mustSign', 'president.mustSignOverdue'),
    },
  },
});
