import type { ThresholdName } from '../../src/domain/thresholds.js';
import { afterAdoption, beforeAdoption } from '../shared/pendingEvents.js';
import { chamberIs, onElapsed, to, transmittedTo, vote } from '../shared/transitions.js';
import { periodClock, receiptStates } from './receipt.js';

const postponed = (chamber: 'duma' | 'federationCouncil') => ({
  ConsiderationPostponed: chamberIs(chamber, { rule: 'chamber.postponed' }),
});

export type DumaReadingsOptions = Readonly<{
  /** Rule ids `<prefix>.reading`, `.readingFailed`, `.adopt`, `.adoptAtOnce`, `.notAdopted`. */
  prefix: 'duma' | 'fkz.duma';
  /** Threshold of the final adoption (federal law: majority; constitutional law: two-thirds). */
  adoptThreshold: ThresholdName;
  /** Where the adopted law goes. */
  adopted: string;
}>;

/**
 * The State Duma's readings. The Constitution sets only the majority of the adoption (arts.
 * 105(2), 108(2)); the three readings come from the Duma's Rules, so they are optional detail
 * (DESIGN.md, Real records): a recorded reading is checked for order (a first reading after the
 * second is refused), an adoption with readings missing before it is accepted and the readings
 * are said to be not recorded, and an adoption "in the first reading and as a whole" at one
 * sitting (`adopt` with `reading: 1`, usual for urgent and constitutional laws) is its own rule.
 * Any failed reading ends the bill; the initiator may withdraw it until the adoption.
 */
export const dumaReadings = (o: DumaReadingsOptions) => {
  const notAdopted = { target: '#bill.failed.notAdopted', rule: `${o.prefix}.readingFailed` };
  const reading = (n: 1 | 2 | undefined, next: string, notRecorded?: string) =>
    vote(
      {
        chamber: 'duma',
        motion: 'passReading',
        threshold: 'majority',
        ...(n === undefined ? {} : { reading: n }),
      },
      { target: next, rule: `${o.prefix}.reading`, notRecorded },
      notAdopted,
    );
  const failedAdoption = { target: '#bill.failed.notAdopted', rule: `${o.prefix}.notAdopted` };
  const adopt = (notRecorded?: string) =>
    vote(
      { chamber: 'duma', motion: 'adopt', threshold: o.adoptThreshold },
      { target: o.adopted, rule: `${o.prefix}.adopt`, notRecorded },
      failedAdoption,
    );
  const adoptAtOnce = (n: 1 | 2) =>
    vote(
      { chamber: 'duma', motion: 'adopt', threshold: o.adoptThreshold, reading: n },
      { target: o.adopted, rule: `${o.prefix}.adoptAtOnce` },
      failedAdoption,
    );
  return {
    description: 'State Duma',
    initial: 'firstReading' as const,
    on: { ...postponed('duma'), ...beforeAdoption },
    states: {
      firstReading: {
        description: 'first reading',
        on: {
          VoteHeld: [
            ...reading(1, 'secondReading'),
            ...reading(2, 'thirdReading', 'the first reading'),
            // A reading without its number is the next one.
            ...reading(undefined, 'secondReading'),
            ...adoptAtOnce(1),
            ...adopt('the first and second readings'),
          ],
        },
      },
      secondReading: {
        description: 'second reading',
        on: {
          VoteHeld: [
            ...reading(2, 'thirdReading'),
            ...reading(undefined, 'thirdReading'),
            ...adoptAtOnce(2),
            ...adopt('the second reading'),
          ],
          AmendmentsProposed: chamberIs('duma', { rule: 'duma.amendments' }),
        },
      },
      thirdReading: {
        description: 'third reading',
        on: { VoteHeld: adopt() },
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
      onElapsed(
        FC_PERIOD,
        { target: '#bill.president', rule: 'fc.deemedApproved', reason: 'deemed-approved' },
        false,
      ),
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
        { target: '#bill.president', rule: 'duma.reaffirm', reason: 'override-of-upper-chamber' },
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
