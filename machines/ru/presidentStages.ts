import { overdue, to, transmittedTo, vote } from '../shared/transitions.js';
import { courtReferral, courtReviewStates } from './courtReview.js';
import { periodClock, receiptStates } from './receipt.js';

/** What differs between the Russian versions at the President's stages. */
export type RuPresidentOptions = Readonly<{
  /** The 2020 referral to the Constitutional Court before signature (arts. 107(3), 108(2)). */
  courtReview: boolean;
}>;

/** The President and a federal law (art. 107(1)–(2)): sent within 5 days, 14 days to act. */
const president = {
  description: 'President',
  ...receiptStates({
    prefix: 'president',
    to: 'president',
    recipient: 'the President',
    transmissionDays: 5,
    periodDays: 14,
    periodLabel: 'awaiting signature',
    onPeriodElapsed: overdue(periodClock('president'), 'president.periodOverdue'),
    acts: {
      PresidentSigned: to('#bill.enacted.signed', 'president.sign'),
      PresidentReturned: to('#bill.veto', 'president.reject'),
    },
  }),
};

/**
 * Both chambers reconsider a rejected law (art. 107(3)): each overrides by two-thirds of its
 * total membership, or the Duma adopts the President's wording, which then goes to the
 * Federation Council under the ordinary procedure.
 */
const veto = {
  description: "Federal Assembly › the President's rejection",
  initial: 'duma' as const,
  states: {
    duma: {
      description: 'State Duma reconsiders',
      on: {
        VoteHeld: [
          ...vote(
            { chamber: 'duma', motion: 'adoptInPresidentWording', threshold: 'majority' },
            { target: '#bill.federationCouncil', rule: 'veto.presidentWording' },
            { rule: 'veto.presidentWordingFailed' },
          ),
          ...vote(
            { chamber: 'duma', motion: 'overrideVeto', threshold: 'twoThirds' },
            { target: 'federationCouncil', rule: 'veto.dumaOverride' },
            { target: '#bill.failed.vetoSustained', rule: 'veto.sustained' },
          ),
        ],
      },
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

/** After an override the President signs within 7 days (art. 107(3)); 2020: or asks the Court. */
const mustSign = (o: RuPresidentOptions) => {
  const stage = receiptStates({
    prefix: 'override',
    to: 'president',
    recipient: 'the President',
    transmissionDays: 5,
    periodDays: 7,
    periodLabel: 'seven days to sign',
    onPeriodElapsed: overdue(periodClock('override'), 'override.periodOverdue'),
    acts: {
      PresidentSigned: to('#bill.enacted.override', 'override.sign'),
      ...(o.courtReview ? courtReferral('court') : {}),
    },
  });
  const review = courtReviewStates({
    prefix: 'court',
    suspends: periodClock('override'),
    signed: '#bill.enacted.override',
  });
  return {
    description: 'President › must sign after the override',
    ...stage,
    states: { ...stage.states, ...(o.courtReview ? review : {}) },
  };
};

/** The President and a federal constitutional law (art. 108(2)): 14 days to sign, no veto. */
export const fkzPresident = (o: RuPresidentOptions) => {
  const stage = receiptStates({
    prefix: 'fkz.president',
    to: 'president',
    recipient: 'the President',
    transmissionDays: 5,
    periodDays: 14,
    periodLabel: 'awaiting signature',
    onPeriodElapsed: overdue(periodClock('fkz.president'), 'fkz.president.periodOverdue'),
    acts: {
      PresidentSigned: to('#bill.enacted.signed', 'fkz.president.sign'),
      ...(o.courtReview ? courtReferral('fkz.court') : {}),
    },
  });
  const review = courtReviewStates({
    prefix: 'fkz.court',
    suspends: periodClock('fkz.president'),
    signed: '#bill.enacted.signed',
  });
  return {
    description: 'President',
    ...stage,
    states: { ...stage.states, ...(o.courtReview ? review : {}) },
  };
};

/** The President's stages of a federal law, with the veto and the signature after an override. */
export const ruPresidentStages = (o: RuPresidentOptions) => ({
  president,
  veto,
  mustSign: mustSign(o),
});
