import type { BillKind, Motion } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';
import { billSetup, initialContext } from '../shared/billSetup.js';
import { afterAdoption, beforeAdoption } from '../shared/pendingEvents.js';
import { endedRoles, withRoles } from '../shared/roles.js';
import { terminalStates } from '../shared/terminalStates.js';
import { chamberIs, go, reviewFound, to, voteByKind, whenKind } from '../shared/transitions.js';
import type { Step } from '../shared/transitions.js';
import { huCourtStage, huPresidentStage } from './presidentStages.js';

/**
 * FL arts. 5(5)–(6), T(4): an ordinary Act by a majority of the MPs present, a cardinal Act
 * (`constitutionalLaw`) by two-thirds of those present, more than half of the MPs present.
 */
const THRESHOLD: Readonly<Record<BillKind, ThresholdName>> = {
  law: 'majorityOfPresent',
  constitutionalLaw: 'twoThirdsOfPresent',
};

const byKind = (motion: Motion, passed: Step, failed: Step) =>
  voteByKind('nationalAssembly', motion, THRESHOLD, passed, failed);

/** Struck down after promulgation (FL art. 24(2)(e), (3)(a)): the outcome becomes unconstitutional. */
const afterEnactment = {
  ConstitutionalReviewRequested: go({ rule: 'court.posteriorReview' }),
  ConstitutionalReviewDecided: [
    reviewFound(false, { target: '#bill.failed.unconstitutional', rule: 'court.annulment' }),
    reviewFound(true, { rule: 'court.posteriorUpheld' }),
  ],
};

/**
 * Hungary, unicameral National Assembly under the Fundamental Law of 25 April 2011 (in force
 * 1 January 2012), art. 6 as in force 2012–2023. Ends when the Act is signed, is not adopted
 * (or not adopted again), is withdrawn or lapses. Articles: see ./nationalAssembly2012.citations.ts.
 */
export const huNationalAssembly2012Machine = billSetup.createMachine({
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
            whenKind('constitutionalLaw', {
              target: 'nationalAssembly',
              rule: 'introduction.cardinal',
              actions: ['recordIntroduction'],
            }),
          ],
        },
      },
      nationalAssembly: {
        description: 'National Assembly',
        on: {
          VoteHeld: byKind(
            'adopt',
            { target: '#bill.president', rule: 'nationalAssembly.adopt' },
            { target: '#bill.failed.notAdopted', rule: 'nationalAssembly.notAdopted' },
          ),
          AmendmentsProposed: chamberIs('nationalAssembly', {
            rule: 'nationalAssembly.amendments',
          }),
          ConsiderationPostponed: chamberIs('nationalAssembly', {
            rule: 'nationalAssembly.postponed',
          }),
          ...beforeAdoption,
        },
      },
      president: huPresidentStage({
        description: 'Speaker and President',
        signTarget: '#bill.enacted.signed',
        signRule: 'president.sign',
        mayReturn: true,
        referral: { target: '#bill.court.president', rule: 'president.referral' },
        parliamentReferral: true,
      }),
      court: huCourtStage,
      afterRuling: {
        description: 'President › must sign immediately: the Court found no violation',
        on: {
          PresidentSigned: to('#bill.enacted.signed', 'president.signAfterRuling'),
          PresidentReturned: go({ rule: 'president.noReturnAfterReferral', breach: true }),
        },
      },
      afterReview: huPresidentStage({
        description: "Speaker and President after the Court's review on Parliament's referral",
        signTarget: '#bill.enacted.signed',
        signRule: 'president.sign',
        mayReturn: true,
      }),
      reconsideration: {
        description: "National Assembly › new debate on the President's comments",
        on: {
          VoteHeld: byKind(
            'overrideVeto',
            { target: '#bill.readopted', rule: 'reconsideration.readopt' },
            { target: '#bill.failed.vetoSustained', rule: 'reconsideration.notReadopted' },
          ),
          AmendmentsProposed: chamberIs('nationalAssembly', {
            rule: 'nationalAssembly.amendments',
          }),
          ...afterAdoption,
        },
      },
      readopted: huPresidentStage({
        description: 'Speaker and President after the re-adoption',
        signTarget: '#bill.enacted.override',
        signRule: 'president.signAfterReturn',
        mayReturn: false,
        referral: { target: '#bill.court.readopted', rule: 'president.referralAfterReturn' },
        afterRuling: true,
      }),
      newDebate: {
        description: 'National Assembly › new debate to eliminate the violation',
        on: {
          VoteHeld: byKind(
            'adopt',
            { target: '#bill.again', rule: 'newDebate.readopt' },
            { target: '#bill.failed.unconstitutional', rule: 'newDebate.notReadopted' },
          ),
          AmendmentsProposed: chamberIs('nationalAssembly', {
            rule: 'nationalAssembly.amendments',
          }),
          ...afterAdoption,
        },
      },
      again: huPresidentStage({
        description: 'Speaker and President after the new debate',
        signTarget: '#bill.enacted.signed',
        signRule: 'president.sign',
        mayReturn: true,
        referral: { target: '#bill.court.repeat', rule: 'court.repeatReferral' },
      }),
      ...terminalStates(['notAdopted', 'vetoSustained', 'unconstitutional'], [], afterEnactment),
    },
    {
      drafting: 'drafting',
      nationalAssembly: 'lowerChamber',
      president: 'headOfState',
      court: 'court',
      afterRuling: 'headOfState',
      afterReview: 'headOfState',
      reconsideration: 'reconsideration',
      readopted: 'headOfState',
      newDebate: 'reconsideration',
      again: 'headOfState',
      ...endedRoles,
    },
  ),
});
