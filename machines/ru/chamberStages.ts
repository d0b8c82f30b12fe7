import type { ThresholdName } from '../../src/domain/thresholds.js';
import { afterAdoption, beforeAdoption } from '../shared/pendingEvents.js';
import { chamberIs, onElapsed, to, transmittedTo, vote } from '../shared/transitions.js';
import { periodClock, receiptStates } from './receipt.js';

const postponed = (chamber: 'duma' | 'federationCouncil') => ({
  ConsiderationPostponed: chamberIs(chamber, { rule: 'chamber.postponed' }),
});

export type DumaReadingsOptions = Readonly<{
  /** Rule ids `<prefix>.reading`, `.readingFailed`, `.adopt`, `.notAdopted`. */
  prefix: 'duma' | 'fkz.duma';
  /** Threshold of the third reading (federal law: majority; constitutional law: two-thirds). */
  adoptThreshold: ThresholdName;
  /** Where the adopted law goes. */
  adopted: string;
}>;

/**
 * The State Duma's three readings (arts. 104(2), 105(2), 108(2)): the first and second
 * (`passReading`, readings 1 and 2) and the third (`adopt`). Any failed reading ends the bill;
 * the initiator may withdraw it until the third reading.
 */
export const dumaReadings = (o: DumaReadingsOptions) => {
  const notAdopted = { target: '#bill.failed.notAdopted', rule: `${o.prefix}.readingFailed` };
  const reading = (n: 1 | 2, next: string) =>
    vote(
      { chamber: 'duma', motion: 'passReading', reading: n, threshold: 'majority' },
      { target: next, rule: `${o.prefix}.reading` },
      notAdopted,
    );
  return {
    description: 'State Duma',
    initial: 'firstReading' as const,
    on: { ...postponed('duma'), ...beforeAdoption },
    states: {
      firstReading: {
        description: 'first reading',
        on: { VoteHeld: reading(1, 'secondReading') },
      },
      secondReading: {
        description: 'second reading',
        on: {
          VoteHeld: reading(2, 'thirdReading'),
          AmendmentsProposed: chamberIs('duma', { rule: 'duma.amendments' }),
        },
      },
      thirdReading: {
        description: 'third reading',
        on: {
          VoteHeld: vote(
            { chamber: 'duma', motion: 'adopt', threshold: o.adoptThreshold },
            { target: o.adopted, rule: `${o.prefix}.adopt` },
            { target: '#bill.failed.notAdopted', rule: `${o.prefix}.notAdopted` },
          ),
        },
      },
    },
  };
};

const FC_PERIOD = periodClock('fc');

/**
 * The Federation Council and a federal law (arts. 105(3)–(4), 106): sent within five days,
 * approved by a majority of its total membership or, unless it concerns an art. 106 subject,
 * by not being considered within fourteen days. Rejection sends it back to the Duma.
 */
export const federationCouncil = {
  description: 'Federation Council',
  ...receiptStates({
    prefix: 'fc',
    to: 'federationCouncil',
    recipient: 'the Federation Council',
    transmissionDays: 5,
    periodDays: 14,
    periodLabel: 'considering',
    onPeriodElapsed: [
      onElapsed(FC_PERIOD, { target: '#bill.president', rule: 'fc.deemedApproved' }, false),
      onElapsed(
        FC_PERIOD,
        {
          rule: 'fc.mandatoryConsideration',
          actions: [{ type: 'markOverdue', params: { clock: FC_PERIOD } }],
        },
        true,
      ),
    ],
    acts: {},
  }),
  on: {
    VoteHeld: vote(
      { chamber: 'federationCouncil', motion: 'approve', threshold: 'majority' },
      { target: '#bill.president', rule: 'fc.approve' },
      { target: '#bill.dumaReconsideration', rule: 'fc.reject' },
    ),
    ...postponed('federationCouncil'),
    ...afterAdoption,
  },
};

/**
 * The Duma after the Federation Council rejected the law (art. 105(4)–(5)): an optional
 * conciliation commission, then either the agreed text (majority, back to the Council) or the
 * Duma's own wording again (two-thirds, straight to the President).
 */
export const dumaReconsideration = {
  description: 'State Duma › after rejection by the Federation Council',
  initial: 'duma' as const,
  on: {
    VoteHeld: [
      ...vote(
        { chamber: 'duma', motion: 'adoptAgreedText', threshold: 'majority' },
        { target: '#bill.federationCouncil', rule: 'duma.adoptAgreedText' },
        { rule: 'duma.agreedTextRejected' },
      ),
      ...vote(
        { chamber: 'duma', motion: 'reaffirm', threshold: 'twoThirds' },
        { target: '#bill.president', rule: 'duma.reaffirm' },
        { target: '#bill.failed.rejectedByUpperChamber', rule: 'duma.reaffirmFailed' },
      ),
    ],
    ...afterAdoption,
  },
  states: {
    duma: {
      description: 'the Duma reconsiders',
      on: { ConciliationCommissionFormed: to('conciliation', 'conciliation.formed') },
    },
    conciliation: {
      description: 'conciliation commission',
      on: { ConciliationCompleted: to('duma', 'conciliation.completed') },
    },
  },
};

/**
 * The Federation Council and a federal constitutional law (art. 108(2)): three-quarters of its
 * total membership or the law is not adopted; no tacit approval and no time limit.
 */
export const fkzFederationCouncil = {
  description: 'Federation Council',
  on: {
    Transmitted: transmittedTo('federationCouncil', { rule: 'fkz.fc.received' }),
    VoteHeld: vote(
      { chamber: 'federationCouncil', motion: 'approve', threshold: 'threeQuarters' },
      { target: '#bill.constitutionalLaw.president', rule: 'fkz.fc.approve' },
      { target: '#bill.failed.rejectedByUpperChamber', rule: 'fkz.fc.rejected' },
    ),
    ...postponed('federationCouncil'),
    ...afterAdoption,
  },
};
