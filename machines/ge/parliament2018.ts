import { billSetup, initialContext } from '../shared/billSetup.js';
import { beforeAdoption } from '../shared/pendingEvents.js';
import { endedRoles, withRoles } from '../shared/roles.js';
import { terminalStates } from '../shared/terminalStates.js';
import { chamberIs, reviewAsked, reviewFound, vote, whenKind } from '../shared/transitions.js';
import { signingStage, speakerSigns } from './signingStages.js';

const P = 'parliament';

/**
 * What may still happen to a law in force: Georgia has no referral before signature, but a
 * constitutional claim against the law, which the Court may uphold or strike down.
 */
const constitutionalClaim = {
  ConstitutionalReviewRequested: reviewAsked('conformity', { rule: 'court.claim' }),
  ConstitutionalReviewDecided: [
    reviewFound(false, { target: '#bill.failed.unconstitutional', rule: 'court.unconstitutional' }),
    reviewFound(true, { rule: 'court.upheld' }),
  ],
};

/**
 * Georgia, unicameral Parliament of 150 under the Constitution as revised in 2017 (in force
 * 16 December 2018). Three readings; the President signs within two weeks or returns the law
 * with motivated remarks; Parliament votes on the remarks, then may re-adopt the original text by
 * a majority of its full composition; where the President does not sign in time the Chairperson
 * of Parliament signs. Ends when the law is signed, is not adopted, the veto stands, it is
 * withdrawn or lapses; an enacted law may still be struck down by the Constitutional Court.
 * Articles: see ./parliament2018.citations.ts.
 */
export const geParliament2018Machine = billSetup.createMachine({
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
              target: 'parliament',
              rule: 'introduction.law',
              actions: ['recordIntroduction'],
            }),
            whenKind('constitutionalLaw', {
              target: 'parliament',
              rule: 'introduction.constitutionalLaw',
              actions: ['recordIntroduction'],
            }),
          ],
        },
      },
      parliament: {
        description: 'Parliament',
        exit: ['resetReadings'],
        on: {
          VoteHeld: [
            ...vote(
              { chamber: P, motion: 'passReading', threshold: 'majorityOfPresent', kind: 'law' },
              { rule: 'parliament.reading.law', actions: ['countReading'] },
              { target: '#bill.failed.notAdopted', rule: 'parliament.readingFailed' },
            ),
            ...vote(
              {
                chamber: P,
                motion: 'passReading',
                threshold: 'threeQuarters',
                kind: 'constitutionalLaw',
              },
              { rule: 'parliament.reading.constitutionalLaw', actions: ['countReading'] },
              { target: '#bill.failed.notAdopted', rule: 'parliament.readingFailed' },
            ),
            ...vote(
              { chamber: P, motion: 'adopt', threshold: 'majorityOfPresent', kind: 'law' },
              { target: '#bill.president', rule: 'parliament.adopt.law' },
              { target: '#bill.failed.notAdopted', rule: 'parliament.notAdopted' },
            ),
            ...vote(
              {
                chamber: P,
                motion: 'adopt',
                threshold: 'threeQuarters',
                kind: 'constitutionalLaw',
              },
              {
                target: '#bill.constitutionalSignature',
                rule: 'parliament.adopt.constitutionalLaw',
              },
              { target: '#bill.failed.notAdopted', rule: 'parliament.notAdopted' },
            ),
          ],
          ConsiderationPostponed: chamberIs(P, { rule: 'parliament.postponed' }),
          ...beforeAdoption,
        },
      },
      president: signingStage({
        prefix: 'president',
        description: 'signature or return (two weeks)',
        transmitDays: 10,
        signDays: 14,
        signedTarget: '#bill.enacted.signed',
        returnable: true,
      }),
      remarks: {
        description: "Parliament › the President's motivated remarks",
        initial: 'remarksVote',
        states: {
          remarksVote: {
            description: 'vote on the remarks',
            on: {
              VoteHeld: vote(
                { chamber: P, motion: 'adoptInPresidentWording', threshold: 'majorityOfPresent' },
                {
                  target: '#bill.afterRemarks',
                  rule: 'remarks.accepted',
                  reason: 'adopted-in-president-wording',
                },
                { target: 'overrideVote', rule: 'remarks.notAccepted' },
              ),
            },
          },
          overrideVote: {
            description: 'vote on the original text',
            on: {
              VoteHeld: vote(
                { chamber: P, motion: 'overrideVeto', threshold: 'majority' },
                { target: '#bill.afterOverride', rule: 'override.passed' },
                { target: '#bill.failed.vetoSustained', rule: 'override.failed' },
              ),
            },
          },
        },
      },
      afterRemarks: signingStage({
        prefix: 'afterRemarks',
        description: 'signature after the remarks were accepted',
        transmitDays: 5,
        signDays: 5,
        signedTarget: '#bill.enacted.signed',
        returnable: false,
      }),
      afterOverride: signingStage({
        prefix: 'afterOverride',
        description: 'signature after the override',
        transmitDays: 3,
        signDays: 5,
        signedTarget: '#bill.enacted.override',
        returnable: false,
      }),
      constitutionalSignature: signingStage({
        prefix: 'constitutionalLaw',
        description: 'signature of a constitutional law',
        transmitDays: 10,
        signDays: 5,
        signedTarget: '#bill.enacted.signed',
        returnable: false,
      }),
      speakerSigns,
      ...terminalStates(
        ['notAdopted', 'vetoSustained', 'unconstitutional'],
        ['signedInStead'],
        constitutionalClaim,
      ),
    },
    {
      drafting: 'drafting',
      parliament: 'lowerChamber',
      president: 'headOfState',
      remarks: 'reconsideration',
      afterRemarks: 'headOfState',
      afterOverride: 'headOfState',
      constitutionalSignature: 'headOfState',
      speakerSigns: 'headOfState',
      ...endedRoles,
    },
  ),
});
