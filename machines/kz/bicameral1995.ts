import type { ChamberId } from '../../src/domain/chambers.js';
import type { BillKind, Motion } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';
import { billSetup, initialContext } from '../shared/billSetup.js';
import { afterAdoption, beforeAdoption } from '../shared/pendingEvents.js';
import { terminalStates } from '../shared/terminalStates.js';
import {
  chamberIs,
  overdue,
  startClock,
  stopClock,
  to,
  transmittedTo,
  vote,
  voteByKind,
  whenKind,
} from '../shared/transitions.js';
import type { Step } from '../shared/transitions.js';
import { kzPresidentStages } from './presidentStages.js';
import { endedRoles, withRoles } from '../shared/roles.js';

/** Art. 62(4): a constitutional law needs two-thirds of each Chamber, an ordinary law a majority. */
const THRESHOLD: Readonly<Record<BillKind, ThresholdName>> = {
  law: 'majority',
  constitutionalLaw: 'twoThirds',
};

const byKind = (chamber: ChamberId, motion: Motion, passed: Step, failed: Step) =>
  voteByKind(chamber, motion, THRESHOLD, passed, failed);

const SENATE_CLOCK = {
  clock: 'senate.consideration',
  label: 'Senate consideration',
  rule: 'senate.deadline',
  length: { days: 60 },
  unrecordedStart:
    'counted from approval by the Mäjilis, as no event records when the Senate received the bill',
} as const;

const postponed = (chamber: 'majilis' | 'senate') => ({
  ConsiderationPostponed: chamberIs(chamber, { rule: 'chamber.postponed' }),
});

const notAdopted = (rule: string): Step => ({ target: '#bill.failed.notAdopted', rule });

/**
 * The Senate's sixty days from receipt (Constitutional Law on Parliament, art. 18(1)). `senate`
 * is the first consideration, where rejection as a whole returns the bill to the Mäjilis and
 * amendments may be proposed; `senateAgain` is the second, where rejection ends the bill.
 */
const senateStage = (prefix: 'senate' | 'senateAgain', onRejected: string) => {
  const rejected = { target: onRejected, rule: `${prefix}.notAdopted` };
  return {
    entry: [startClock(SENATE_CLOCK)],
    exit: [stopClock(SENATE_CLOCK.clock), 'resetReadings' as const],
    on: {
      Transmitted: transmittedTo('senate', {
        rule: 'senate.transmitted',
        actions: [stopClock(SENATE_CLOCK.clock), startClock(SENATE_CLOCK)],
      }),
      VoteHeld: [
        ...byKind(
          'senate',
          'passReading',
          { rule: 'senate.reading', actions: ['countReading'] },
          rejected,
        ),
        ...byKind(
          'senate',
          'approve',
          { target: '#bill.president', rule: `${prefix}.adopt` },
          rejected,
        ),
        ...vote(
          { chamber: 'senate', motion: 'rejectAsWhole', threshold: 'majority' },
          { target: onRejected, rule: `${prefix}.rejectAsWhole` },
          { rule: 'senate.rejectionFailed' },
        ),
      ],
      ...(prefix === 'senate'
        ? {
            AmendmentsProposed: chamberIs('senate', {
              target: '#bill.majilisAmendments',
              rule: 'senate.amendments',
            }),
          }
        : {}),
      DeadlineElapsed: overdue(SENATE_CLOCK.clock, 'senate.deadlineOverdue'),
      ...postponed('senate'),
      ...afterAdoption,
    },
  };
};

/**
 * Kazakhstan, bicameral Parliament under the 1995 Constitution as amended up to 2022 (the old
 * rule of the Constitutional Law on Parliament, art. 18). Ends when the law is signed, is not
 * adopted, is withdrawn or lapses. Articles: see ./bicameral1995.citations.ts.
 */
export const kzBicameral1995Machine = billSetup.createMachine({
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
              target: 'majilis',
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
            ...byKind(
              'majilis',
              'passReading',
              { rule: 'majilis.reading', actions: ['countReading'] },
              notAdopted('majilis.notAdopted'),
            ),
            ...byKind(
              'majilis',
              'adopt',
              { target: 'senate', rule: 'majilis.adopt' },
              notAdopted('majilis.notAdopted'),
            ),
          ],
          ...postponed('majilis'),
          ...beforeAdoption,
        },
      },
      senate: { description: 'Senate', ...senateStage('senate', '#bill.majilisReapproval') },
      majilisReapproval: {
        description: 'Mäjilis › after rejection by the Senate',
        on: {
          VoteHeld: vote(
            { chamber: 'majilis', motion: 'reaffirm', threshold: 'twoThirds' },
            { target: 'senateAgain', rule: 'majilis.reapprove' },
            notAdopted('majilis.reapprovalFailed'),
          ),
          ...afterAdoption,
        },
      },
      senateAgain: {
        description: 'Senate › second consideration',
        ...senateStage('senateAgain', '#bill.failed.rejectedByUpperChamber'),
      },
      majilisAmendments: {
        description: "Mäjilis › the Senate's amendments",
        on: {
          VoteHeld: byKind(
            'majilis',
            'acceptAmendments',
            { target: '#bill.president', rule: 'majilis.acceptAmendments' },
            { target: '#bill.conciliation', rule: 'majilis.objectsToAmendments' },
          ),
          ConciliationCommissionFormed: to('#bill.conciliation', 'majilis.objectsToAmendments'),
          ...afterAdoption,
        },
      },
      conciliation: {
        description: 'Conciliation procedure',
        initial: 'majilis',
        on: { ...afterAdoption },
        states: {
          majilis: {
            description: 'Mäjilis votes on the agreed text',
            on: {
              ConciliationCommissionFormed: to(undefined, 'conciliation.formed'),
              ConciliationCompleted: to(undefined, 'conciliation.completed'),
              VoteHeld: byKind(
                'majilis',
                'adoptAgreedText',
                { target: 'senate', rule: 'conciliation.majilisAdopts' },
                notAdopted('conciliation.majilisRejects'),
              ),
            },
          },
          senate: {
            description: 'Senate votes on the agreed text',
            on: {
              VoteHeld: byKind(
                'senate',
                'approve',
                { target: '#bill.president', rule: 'conciliation.senateApproves' },
                notAdopted('conciliation.senateRejects'),
              ),
            },
          },
        },
      },
      ...kzPresidentStages({
        objectionChambers: ['majilis', 'senate'],
        overrideThreshold: { law: 'twoThirds', constitutionalLaw: 'twoThirds' },
        constitutionalReview: true,
        reviewBody: 'Constitutional Council',
        deemedSignature: true,
      }),
      ...terminalStates(
        [
          'notAdopted',
          'rejectedByUpperChamber',
          'vetoSustained',
          'objectionsAccepted',
          'unconstitutional',
        ],
        ['signedInStead'],
      ),
    },
    {
      drafting: 'drafting',
      majilis: 'lowerChamber',
      senate: 'upperChamber',
      majilisReapproval: 'reconsideration',
      senateAgain: 'upperChamber',
      majilisAmendments: 'reconsideration',
      conciliation: 'conciliation',
      president: 'headOfState',
      objections: 'reconsideration',
      mustSign: 'headOfState',
      ...endedRoles,
    },
  ),
});
