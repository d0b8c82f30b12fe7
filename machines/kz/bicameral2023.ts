import { billSetup, initialContext } from '../shared/billSetup.js';
import { afterAdoption, beforeAdoption } from '../shared/pendingEvents.js';
import { terminalStates } from '../shared/terminalStates.js';
import {
  chamberIs,
  conciliationAgreed,
  onElapsed,
  startClock,
  stopClock,
  to,
  transmittedTo,
  vote,
  whenKind,
} from '../shared/transitions.js';
import { kzPresidentStages } from './presidentStages.js';
import { endedRoles, withRoles } from '../shared/roles.js';

const SENATE_CLOCK = {
  clock: 'senate.consideration',
  label: 'Senate consideration',
  rule: 'senate.deadline',
  length: { days: 60 },
  unrecordedStart:
    'counted from adoption by the Mäjilis, as no event records when the Senate received the law (the Constitution sets no time limit for sending it)',
} as const;

const postponed = (chamber: 'majilis' | 'senate') => ({
  ConsiderationPostponed: chamberIs(chamber, { rule: 'chamber.postponed' }),
});

/** The Senate's 60 days (art. 61(4)): approve, return with or without new wording, or stay silent. */
const senateStage = (onApprove: string, onNotApproved: string, prefix: string) => ({
  entry: [startClock(SENATE_CLOCK)],
  exit: [stopClock(SENATE_CLOCK.clock), 'resetReadings' as const],
  on: {
    Transmitted: transmittedTo('senate', {
      rule: 'senate.transmitted',
      actions: [stopClock(SENATE_CLOCK.clock), startClock(SENATE_CLOCK)],
    }),
    VoteHeld: [
      ...vote(
        { chamber: 'senate', motion: 'passReading', threshold: 'majority' },
        { rule: 'senate.reading', actions: ['countReading'] },
        { target: onNotApproved, rule: `${prefix}.notApproved` },
      ),
      ...vote(
        { chamber: 'senate', motion: 'approve', threshold: 'majority' },
        { target: '#bill.president', rule: `${prefix}.approve` },
        { target: onNotApproved, rule: `${prefix}.notApproved` },
      ),
    ],
    AmendmentsProposed: chamberIs('senate', {
      target: '#bill.majilisReconsideration',
      rule: 'senate.amendments',
    }),
    DeadlineElapsed: onElapsed(SENATE_CLOCK.clock, {
      target: onApprove,
      rule: 'senate.deemedPassed',
      reason: 'deemed-approved',
    }),
    ...postponed('senate'),
    ...afterAdoption,
  },
});

/**
 * Kazakhstan, bicameral Parliament under the Constitution as amended by the referendum of
 * 5 June 2022 (in force 1 Jan 2023 – 30 Jun 2026). Ends when the law is signed, is not adopted,
 * is withdrawn or lapses. Articles: see ./bicameral2023.citations.ts.
 */
export const kzBicameral2023Machine = billSetup.createMachine({
  id: 'bill',
  initial: 'drafting',
  context: initialContext,
  states: withRoles(
    {
      drafting: {
        description: 'Not yet introduced',
        on: {
          BillIntroduced: [
            whenKind('law', {
              target: 'majilis',
              rule: 'introduction.law',
              actions: ['recordIntroduction'],
            }),
            whenKind('constitutionalLaw', {
              target: 'jointSitting',
              rule: 'introduction.constitutionalLaw',
              actions: ['recordIntroduction'],
            }),
          ],
        },
      },
      majilis: {
        description: 'Mäjilis',
        exit: ['resetReadings'],
        on: {
          VoteHeld: [
            ...vote(
              { chamber: 'majilis', motion: 'passReading', threshold: 'majority' },
              { rule: 'majilis.reading', actions: ['countReading'] },
              { target: '#bill.failed.notAdopted', rule: 'majilis.notAdopted' },
            ),
            ...vote(
              { chamber: 'majilis', motion: 'adopt', threshold: 'majority' },
              { target: 'senate', rule: 'majilis.adopt' },
              { target: '#bill.failed.notAdopted', rule: 'majilis.notAdopted' },
            ),
            ...vote(
              { chamber: 'majilis', motion: 'rejectAsWhole', threshold: 'majority' },
              { target: '#bill.failed.rejected', rule: 'majilis.rejectAsWhole' },
              { rule: 'majilis.rejectionFailed' },
            ),
          ],
          ...postponed('majilis'),
          ...beforeAdoption,
        },
      },
      senate: {
        description: 'Senate',
        ...senateStage('#bill.president', '#bill.conciliation', 'senate'),
      },
      majilisReconsideration: {
        description: "Mäjilis › the Senate's wording",
        on: {
          VoteHeld: vote(
            { chamber: 'majilis', motion: 'acceptAmendments', threshold: 'majority' },
            { target: '#bill.president', rule: 'majilis.acceptAmendments' },
            { target: '#bill.conciliation', rule: 'majilis.objectsToAmendments' },
          ),
          ConciliationCommissionFormed: to('#bill.conciliation', 'majilis.objectsToAmendments'),
          ...afterAdoption,
        },
      },
      conciliation: {
        description: 'Conciliation commission',
        initial: 'majilis',
        on: { ...afterAdoption },
        states: {
          majilis: {
            description: 'Mäjilis votes on the agreed text',
            on: {
              ConciliationCommissionFormed: to(undefined, 'conciliation.formed'),
              ConciliationCompleted: [
                conciliationAgreed(true, { rule: 'conciliation.completed' }),
                conciliationAgreed(false, {
                  target: 'majilisRevote',
                  rule: 'conciliation.noAgreement',
                }),
              ],
              VoteHeld: [
                ...vote(
                  { chamber: 'majilis', motion: 'adoptAgreedText', threshold: 'majority' },
                  { target: 'senate', rule: 'conciliation.majilisAdopts' },
                  { target: 'majilisRevote', rule: 'conciliation.majilisRejects' },
                ),
              ],
            },
          },
          senate: {
            description: 'Senate votes on the agreed text',
            ...senateStage(
              '#bill.president',
              '#bill.conciliation.majilisRevote',
              'conciliation.senate',
            ),
          },
          majilisRevote: {
            description: 'Mäjilis re-votes its own wording',
            on: {
              VoteHeld: vote(
                { chamber: 'majilis', motion: 'reaffirm', threshold: 'twoThirds' },
                {
                  target: '#bill.president',
                  rule: 'majilis.reaffirm',
                  reason: 'override-of-upper-chamber',
                },
                { target: '#bill.failed.notAdopted', rule: 'majilis.reaffirmFailed' },
              ),
            },
          },
        },
      },
      jointSitting: {
        description: 'Joint sitting of the Chambers',
        initial: 'majilis',
        exit: ['resetReadings'],
        on: { ...beforeAdoption },
        states: {
          majilis: {
            description: 'Mäjilis deputies vote',
            on: {
              VoteHeld: [
                ...vote(
                  { chamber: 'majilis', motion: 'passReading', threshold: 'twoThirds' },
                  { target: 'senateReading', rule: 'joint.reading' },
                  { target: '#bill.failed.notAdopted', rule: 'joint.notAdopted' },
                ),
                ...vote(
                  { chamber: 'majilis', motion: 'adopt', threshold: 'twoThirds', minReadings: 1 },
                  { target: 'senateFinal', rule: 'joint.adopt' },
                  { target: '#bill.failed.notAdopted', rule: 'joint.notAdopted' },
                ),
              ],
            },
          },
          senateReading: {
            description: 'Senators vote (reading)',
            on: {
              VoteHeld: vote(
                { chamber: 'senate', motion: 'passReading', threshold: 'twoThirds' },
                { target: 'majilis', rule: 'joint.reading', actions: ['countReading'] },
                { target: '#bill.failed.notAdopted', rule: 'joint.notAdopted' },
              ),
            },
          },
          senateFinal: {
            description: 'Senators vote (final)',
            on: {
              VoteHeld: vote(
                { chamber: 'senate', motion: 'adopt', threshold: 'twoThirds' },
                { target: '#bill.president', rule: 'joint.adopt' },
                { target: '#bill.failed.notAdopted', rule: 'joint.notAdopted' },
              ),
            },
          },
        },
      },
      ...kzPresidentStages({
        objectionChambers: ['majilis', 'senate'],
        overrideThreshold: { law: 'twoThirds', constitutionalLaw: 'threeQuarters' },
        constitutionalReview: true,
      }),
      ...terminalStates([
        'notAdopted',
        'rejected',
        'vetoSustained',
        'objectionsAccepted',
        'unconstitutional',
      ]),
    },
    {
      drafting: 'drafting',
      majilis: 'lowerChamber',
      senate: 'upperChamber',
      majilisReconsideration: 'reconsideration',
      conciliation: 'conciliation',
      jointSitting: 'jointSitting',
      president: 'headOfState',
      objections: 'reconsideration',
      mustSign: 'headOfState',
      ...endedRoles,
    },
  ),
});
