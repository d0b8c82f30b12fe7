import type { ClockParams } from '../shared/billSetup.js';
import {
  onElapsed,
  overdue,
  reviewAsked,
  reviewFound,
  startClock,
  stopClock,
  suspendClock,
  to,
  transmittedTo,
} from '../shared/transitions.js';
import { periodClock } from './receipt.js';

/**
 * Constitutional Court review before signature (arts. 107(3), 108(2) and 125(5.1)(a) as amended
 * in 2020). Rule ids derive from `prefix`: `<prefix>.referral`, `.confirmed`, `.notConfirmed`,
 * `.sign`, `.afterRuling` (the three days) and `.afterRulingOverdue`.
 */
export type CourtReviewOptions = Readonly<{
  prefix: string;
  /** The signing period the referral suspends. */
  suspends: string;
  /** Where the signature after a confirming ruling leads. */
  signed: string;
}>;

/**
 * The referral, open while the signing period runs: leads to the sibling `review` state. Only a
 * question of conformity (the default); a dispute over competence is a different proceeding.
 * Once the period ran out it is closed: see {@link closingPeriod}.
 */
export const courtReferral = (prefix: string) => ({
  ConstitutionalReviewRequested: reviewAsked('conformity', {
    target: 'review',
    rule: `${prefix}.referral`,
  }),
});

/**
 * The review states: the signing period is suspended while the Court considers the request (no
 * time limit for the Court is modelled); a confirming ruling leaves the President three days to
 * sign, any other returns the law to the Duma unsigned.
 */
export const courtReviewStates = (o: CourtReviewOptions) => {
  const afterRuling: ClockParams = {
    clock: `${o.prefix}.afterRuling`,
    label: 'Signature after the Constitutional Court ruling',
    rule: `${o.prefix}.afterRuling`,
    length: { days: 3 },
  };
  return {
    review: {
      description: 'Constitutional Court review',
      entry: [suspendClock(o.suspends)],
      // The three days after the ruling replace what was left of the suspended period.
      exit: [stopClock(o.suspends)],
      on: {
        ConstitutionalReviewDecided: [
          reviewFound(true, { target: 'afterRuling', rule: `${o.prefix}.confirmed` }),
          reviewFound(false, {
            target: '#bill.failed.unconstitutional',
            rule: `${o.prefix}.notConfirmed`,
          }),
        ],
      },
    },
    afterRuling: {
      description: 'must sign within three days of the ruling',
      entry: [startClock(afterRuling)],
      exit: [stopClock(afterRuling.clock)],
      on: {
        PresidentSigned: to(o.signed, `${o.prefix}.sign`),
        DeadlineElapsed: overdue(afterRuling.clock, `${o.prefix}.afterRulingOverdue`),
      },
    },
  };
};

/**
 * The end of a signing period that a referral depends on: noted as overdue (the Constitution
 * states no consequence for the signature), and the bill moves to the sibling `periodElapsed`
 * state, where the President may still act but no longer refer the law: the referral is made
 * "within the said period" (arts. 107(3), 108(2)). `prefix` is the receipt stage's; the rule is
 * its `<prefix>.periodOverdue`.
 */
export const closingPeriod = (prefix: string) => {
  const clock = periodClock(prefix);
  return onElapsed(clock, {
    target: 'periodElapsed',
    rule: `${prefix}.periodOverdue`,
    actions: [{ type: 'markOverdue', params: { clock } }],
  });
};

/**
 * The state {@link closingPeriod} leads to: the acts of the stage without the referral, and a
 * receipt recorded after the period ran out, which counts it again from that day (as
 * `<prefix>.receivedLate` does while it runs).
 */
export const periodElapsedState = <Acts extends object>(
  o: Readonly<{ prefix: string; description: string; acts: Acts }>,
) => ({
  periodElapsed: {
    description: o.description,
    on: {
      ...o.acts,
      Transmitted: transmittedTo('president', {
        target: 'considering',
        rule: `${o.prefix}.receivedLate`,
      }),
    },
  },
});
