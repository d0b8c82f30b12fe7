import { billSetup, initialContext } from '../shared/billSetup.js';
import type { ClockParams } from '../shared/billSetup.js';
import { beforeAdoption } from '../shared/pendingEvents.js';
import { endedRoles, withRoles } from '../shared/roles.js';
import { terminalStates } from '../shared/terminalStates.js';
import {
  chamberIs,
  go,
  onElapsed,
  overdue,
  reviewAsked,
  reviewFound,
  startClock,
  stopClock,
  to,
  transmittedTo,
  vote,
  whenKind,
} from '../shared/transitions.js';

const NA = 'nationalAssembly';
const FIRST_VOTE = 'the first vote (art. 88(1))';

/** Art. 88(3), 101(1): the President promulgates or returns within 15 days of adoption. */
const PUBLICATION: ClockParams = {
  clock: 'president.publication',
  label: 'Promulgation within 15 days of adoption',
  rule: 'president.publication',
  length: { days: 15 },
};

/** Art. 101(3): a re-adopted law is promulgated within 7 days of its receipt. */
const AFTER_RETURN: ClockParams = {
  clock: 'president.afterReturn',
  label: 'Promulgation within 7 days of receipt of the re-adopted law',
  rule: 'president.afterReturn',
  length: { days: 7 },
  unrecordedStart:
    "the President's receipt of the re-adopted law is not recorded: counted from the vote",
};

const secondVote = (notRecorded?: string) =>
  vote(
    { chamber: NA, motion: 'adopt', threshold: 'majorityOfPresent' },
    {
      target: '#bill.president',
      rule: 'na.secondVote',
      ...(notRecorded === undefined ? {} : { notRecorded }),
    },
    { target: '#bill.failed.notAdopted', rule: 'na.secondVoteFailed' },
  );

const chamberOn = {
  ConsiderationPostponed: chamberIs(NA, { rule: 'chamber.postponed' }),
  AmendmentsProposed: chamberIs(NA, { rule: 'chamber.amendments' }),
  ...beforeAdoption,
};

/**
 * A law promulgated by the President may be referred to the Constitutional Court (arts.
 * 149(1)(2), 150(1)); the law stays in force while the Court considers it, and a ruling of
 * unconstitutionality ends it (art. 151(2)).
 */
const afterEnactment = {
  ConstitutionalReviewRequested: reviewAsked('conformity', { rule: 'court.referral' }),
  ConstitutionalReviewDecided: [
    reviewFound(true, { rule: 'court.constitutional' }),
    reviewFound(false, {
      target: '#bill.failed.unconstitutional',
      rule: 'court.unconstitutional',
    }),
  ],
};

/**
 * Bulgaria, unicameral National Assembly under the Constitution of 12 July 1991: two votes by a
 * majority of those present (arts. 81, 88(1)), promulgation or one motivated return within 15
 * days (arts. 88(3), 101(1)), re-adoption by more than half of all members and promulgation
 * within 7 days (art. 101(2)–(3)), and review by the Constitutional Court after promulgation.
 * Ends when the law is promulgated, is not adopted or not re-adopted, is struck down, is
 * withdrawn or lapses. Articles: see ./nationalAssembly1991.citations.ts.
 */
export const bgNationalAssembly1991Machine = billSetup.createMachine({
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
              target: 'nationalAssembly',
              rule: 'introduction.law',
              actions: ['recordIntroduction'],
            }),
          ],
        },
      },
      nationalAssembly: {
        description: 'National Assembly',
        initial: 'firstVote',
        states: {
          firstVote: {
            description: 'first vote',
            on: {
              VoteHeld: [
                ...vote(
                  { chamber: NA, motion: 'passReading', threshold: 'majorityOfPresent' },
                  { target: 'secondVote', rule: 'na.firstVote' },
                  { target: '#bill.failed.notAdopted', rule: 'na.firstVoteFailed' },
                ),
                // The first vote is required, but a record may lack it.
                ...secondVote(FIRST_VOTE),
              ],
              ...chamberOn,
            },
          },
          secondVote: {
            description: 'second vote',
            on: { VoteHeld: secondVote(), ...chamberOn },
          },
        },
      },
      president: {
        description: 'President',
        initial: 'considering',
        entry: [startClock(PUBLICATION)],
        exit: [stopClock(PUBLICATION.clock)],
        states: {
          considering: {
            description: 'promulgate or return within 15 days',
            on: {
              PresidentSigned: to('#bill.enacted.signed', 'president.promulgate'),
              PresidentReturned: to('#bill.returned', 'president.return'),
              // The days run from adoption, not from receipt: a transmission changes nothing.
              Transmitted: transmittedTo('president', { rule: 'president.transmitted' }),
              PresidentRefused: go({ rule: 'president.refused', breach: true }),
              DeadlineElapsed: onElapsed(PUBLICATION.clock, {
                target: 'periodElapsed',
                rule: 'president.periodElapsed',
                actions: [{ type: 'markOverdue', params: { clock: PUBLICATION.clock } }],
              }),
            },
          },
          periodElapsed: {
            description: 'the 15 days ran out: promulgation overdue, no return now',
            on: {
              PresidentSigned: to('#bill.enacted.signed', 'president.promulgateLate'),
              PresidentReturned: go({ rule: 'president.returnLate', breach: true }),
              PresidentRefused: go({ rule: 'president.refused', breach: true }),
            },
          },
        },
      },
      returned: {
        description: "National Assembly › the President's return",
        on: {
          VoteHeld: [
            ...vote(
              { chamber: NA, motion: 'overrideVeto', threshold: 'majority' },
              { target: '#bill.mustPromulgate.readopted', rule: 'returned.readopt' },
              { target: '#bill.failed.vetoSustained', rule: 'returned.notReadopted' },
            ),
            ...vote(
              { chamber: NA, motion: 'adoptInPresidentWording', threshold: 'majorityOfPresent' },
              {
                target: '#bill.mustPromulgate.remainder',
                rule: 'returned.provisionsDropped',
                reason: 'adopted-in-president-wording',
              },
              { rule: 'returned.provisionsKept' },
            ),
          ],
          ConsiderationPostponed: chamberIs(NA, { rule: 'chamber.postponed' }),
        },
      },
      mustPromulgate: {
        description: 'President › must promulgate within 7 days',
        initial: 'readopted',
        entry: [startClock(AFTER_RETURN)],
        exit: [stopClock(AFTER_RETURN.clock)],
        on: {
          Transmitted: transmittedTo('president', {
            rule: 'president.afterReturnReceived',
            actions: [stopClock(AFTER_RETURN.clock), startClock(AFTER_RETURN)],
          }),
          DeadlineElapsed: overdue(AFTER_RETURN.clock, 'president.afterReturnOverdue'),
          PresidentReturned: go({ rule: 'president.secondReturn', breach: true }),
          PresidentRefused: go({ rule: 'president.refused', breach: true }),
        },
        states: {
          readopted: {
            description: 'the law re-adopted',
            on: {
              PresidentSigned: to('#bill.enacted.override', 'president.promulgateReadopted'),
              // A re-vote ("прегласуване", Rules) right after the re-adoption: the last ballot
              // decides (2022 Electoral Code, 2025 State Property Act).
              VoteHeld: vote(
                { chamber: NA, motion: 'overrideVeto', threshold: 'majority' },
                { rule: 'returned.revote' },
                { target: '#bill.failed.vetoSustained', rule: 'returned.revoteFailed' },
              ),
            },
          },
          remainder: {
            description: 'the law without the returned provisions',
            on: { PresidentSigned: to('#bill.enacted.signed', 'president.promulgateRemainder') },
          },
        },
      },
      ...terminalStates(['notAdopted', 'vetoSustained', 'unconstitutional'], [], afterEnactment),
    },
    {
      drafting: 'drafting',
      nationalAssembly: 'lowerChamber',
      president: 'headOfState',
      returned: 'reconsideration',
      mustPromulgate: 'headOfState',
      ...endedRoles,
    },
  ),
});
