import {
  commissionOf,
  go,
  overdue,
  reviewAsked,
  signatureRequired,
  stopClock,
  to,
  transmittedTo,
  vote,
} from '../shared/transitions.js';
import {
  closingPeriod,
  courtReferral,
  courtReviewStates,
  periodElapsedState,
} from './courtReview.js';
import { periodClock, receiptStates } from './receipt.js';

/** What differs between the Russian versions at the President's stages. */
export type RuPresidentOptions = Readonly<{
  /**
   * The 2020 referral to the Constitutional Court before signature (arts. 107(3), 108(2),
   * 125(5.1)(a)), open while each signing period runs.
   */
  courtReview: boolean;
}>;

/**
 * The parts of a President's stage that the 2020 referral adds (`court`: the review's rule
 * prefix): the referral among the acts, the end of the period closing it, and the states of the
 * review and of the period run out. Without the referral (1993) the end is only noted.
 */
const withReferral = <Acts extends object>(
  o: RuPresidentOptions,
  p: Readonly<{
    prefix: string;
    court: string;
    signed: string;
    acts: Acts;
    elapsedLabel: string;
  }>,
) => ({
  acts: { ...p.acts, ...(o.courtReview ? courtReferral(p.court) : {}) },
  onPeriodElapsed: o.courtReview
    ? closingPeriod(p.prefix)
    : overdue(periodClock(p.prefix), `${p.prefix}.periodOverdue`),
  states: o.courtReview
    ? {
        ...periodElapsedState({ prefix: p.prefix, description: p.elapsedLabel, acts: p.acts }),
        ...courtReviewStates({
          prefix: p.court,
          suspends: periodClock(p.prefix),
          signed: p.signed,
        }),
      }
    : {},
});

/**
 * The President refuses to act in a way art. 107 does not provide (a law "returned without
 * consideration", or left unsigned after an override): a breach. The chambers may send the law
 * again, or ask the Constitutional Court to settle the dispute over competence (art.
 * 125(3)(a)); a ruling that the President must sign makes the signature after it the lawful
 * end. Rule ids derive from `prefix`: `<prefix>.refused`, `.resent`, `.competenceDispute`,
 * `.signatureRequired`, `.signatureNotRequired`, `.signAfterRuling`.
 */
const refusal = (prefix: 'president' | 'override', signed: string) => ({
  act: {
    PresidentRefused: go({ target: 'refused', rule: `${prefix}.refused`, breach: true }),
  },
  states: {
    refused: {
      description: 'refused to act: the law is back with the chambers',
      // The time limit ends with the refusal; a law sent again is counted from its new receipt.
      entry: [stopClock(periodClock(prefix))],
      on: {
        Transmitted: transmittedTo('president', {
          target: 'considering',
          rule: `${prefix}.resent`,
        }),
        ConstitutionalReviewRequested: reviewAsked('competenceDispute', {
          target: 'competenceDispute',
          rule: `${prefix}.competenceDispute`,
        }),
      },
    },
    competenceDispute: {
      description: 'Constitutional Court: dispute over competence',
      on: {
        ConstitutionalReviewDecided: [
          signatureRequired(true, {
            target: 'signatureRequired',
            rule: `${prefix}.signatureRequired`,
          }),
          signatureRequired(false, { target: 'refused', rule: `${prefix}.signatureNotRequired` }),
        ],
      },
    },
    signatureRequired: {
      description: "must sign: the Constitutional Court's ruling",
      on: { PresidentSigned: to(signed, `${prefix}.signAfterRuling`) },
    },
  },
});

const presidentRefusal = refusal('president', '#bill.enacted.signed');

/**
 * The President and a federal law (art. 107(1)–(2)): sent within 5 days, 14 days to act. Since
 * 2020 he may instead refer it to the Constitutional Court within the 14 days (art. 125(5.1)(a)).
 */
const president = (o: RuPresidentOptions) => {
  const referral = withReferral(o, {
    prefix: 'president',
    court: 'president.court',
    signed: '#bill.enacted.signed',
    elapsedLabel: 'awaiting signature: the fourteen days ran out (no referral now)',
    acts: {
      PresidentSigned: to('#bill.enacted.signed', 'president.sign'),
      PresidentReturned: to('#bill.veto', 'president.reject'),
      ...presidentRefusal.act,
    },
  });
  const stage = receiptStates({
    prefix: 'president',
    to: 'president',
    recipient: 'the President',
    transmissionDays: 5,
    periodDays: 14,
    periodLabel: 'awaiting signature',
    onPeriodElapsed: referral.onPeriodElapsed,
    acts: referral.acts,
  });
  return {
    description: 'President',
    ...stage,
    states: { ...stage.states, ...presidentRefusal.states, ...referral.states },
  };
};

/**
 * Both chambers reconsider a rejected law (art. 107(3); Duma Rules, ch. 16): each overrides by
 * two-thirds of its total membership; or the Duma adopts the President's wording or a new one (a
 * special commission's), which then passes the Federation Council again as a new law; or the
 * Duma agrees with the rejection and takes the law off its agenda. No time limit runs, and no
 * rule was found that ends a vetoed law with the Duma's convocation: it stays pending.
 */
const veto = {
  description: "Federal Assembly › the President's rejection",
  initial: 'duma' as const,
  on: { BillWithdrawn: to('#bill.withdrawn', 'veto.withdrawn') },
  states: {
    duma: {
      description: 'State Duma reconsiders (no time limit; does not lapse with the convocation)',
      on: {
        VoteHeld: [
          ...vote(
            { chamber: 'duma', motion: 'adoptInPresidentWording', threshold: 'majority' },
            {
              target: '#bill.federationCouncil',
              rule: 'veto.presidentWording',
              reason: 'adopted-in-president-wording',
            },
            { rule: 'veto.presidentWordingFailed' },
          ),
          ...vote(
            { chamber: 'duma', motion: 'overrideVeto', threshold: 'twoThirds' },
            { target: 'federationCouncil', rule: 'veto.dumaOverride' },
            { target: '#bill.failed.vetoSustained', rule: 'veto.sustained' },
          ),
          ...vote(
            { chamber: 'duma', motion: 'adoptInNewWording', threshold: 'majority' },
            {
              target: '#bill.federationCouncil',
              rule: 'veto.newWording',
              reason: 'adopted-in-new-wording',
            },
            { rule: 'veto.newWordingFailed' },
          ),
          ...vote(
            { chamber: 'duma', motion: 'rejectAsWhole', threshold: 'majority' },
            { target: '#bill.failed.vetoSustained', rule: 'veto.rejectionAccepted' },
            { rule: 'veto.rejectionNotAccepted' },
          ),
        ],
        ConciliationCommissionFormed: commissionOf('chambersAndPresident', {
          target: 'specialCommission',
          rule: 'veto.specialCommission',
        }),
      },
    },
    specialCommission: {
      description: 'special commission of the chambers and the President',
      on: { ConciliationCompleted: to('duma', 'veto.specialCommissionCompleted') },
    },
    federationCouncil: {
      description: 'Federation Council reconsiders',
      on: {
        Transmitted: transmittedTo('federationCouncil', { rule: 'veto.transmitted' }),
        VoteHeld: vote(
          { chamber: 'federationCouncil', motion: 'overrideVeto', threshold: 'twoThirds' },
          { target: '#bill.mustSign', rule: 'veto.fcOverride' },
          { target: '#bill.failed.vetoSustained', rule: 'veto.sustained' },
        ),
      },
    },
  },
};

const overrideRefusal = refusal('override', '#bill.enacted.override');

/** After an override the President signs within 7 days (art. 107(3)); 2020: or asks the Court. */
const mustSign = (o: RuPresidentOptions) => {
  const referral = withReferral(o, {
    prefix: 'override',
    court: 'court',
    signed: '#bill.enacted.override',
    elapsedLabel: 'must sign: the seven days ran out (no referral now)',
    acts: {
      PresidentSigned: to('#bill.enacted.override', 'override.sign'),
      ...overrideRefusal.act,
    },
  });
  const stage = receiptStates({
    prefix: 'override',
    to: 'president',
    recipient: 'the President',
    transmissionDays: 5,
    periodDays: 7,
    periodLabel: 'seven days to sign',
    onPeriodElapsed: referral.onPeriodElapsed,
    acts: referral.acts,
  });
  return {
    description: 'President › must sign after the override',
    ...stage,
    states: { ...stage.states, ...overrideRefusal.states, ...referral.states },
  };
};

/** The President and a federal constitutional law (art. 108(2)): 14 days to sign, no veto. */
export const fkzPresident = (o: RuPresidentOptions) => {
  const referral = withReferral(o, {
    prefix: 'fkz.president',
    court: 'fkz.court',
    signed: '#bill.enacted.signed',
    elapsedLabel: 'awaiting signature: the fourteen days ran out (no referral now)',
    acts: { PresidentSigned: to('#bill.enacted.signed', 'fkz.president.sign') },
  });
  const stage = receiptStates({
    prefix: 'fkz.president',
    to: 'president',
    recipient: 'the President',
    transmissionDays: 5,
    periodDays: 14,
    periodLabel: 'awaiting signature',
    onPeriodElapsed: referral.onPeriodElapsed,
    acts: referral.acts,
  });
  return {
    description: 'President',
    ...stage,
    states: { ...stage.states, ...referral.states },
  };
};

/** The President's stages of a federal law, with the veto and the signature after an override. */
export const ruPresidentStages = (o: RuPresidentOptions) => ({
  president: president(o),
  veto,
  mustSign: mustSign(o),
});
