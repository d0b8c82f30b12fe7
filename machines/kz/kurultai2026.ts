import type { BillKind, Motion } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';
import { billSetup, initialContext } from '../shared/billSetup.js';
import { beforeAdoption } from '../shared/pendingEvents.js';
import { terminalStates } from '../shared/terminalStates.js';
import { chamberIs, vote, voteByKind, whenKind } from '../shared/transitions.js';
import type { Step } from '../shared/transitions.js';
import { kzPresidentStages } from './presidentStages.js';
import { endedRoles, withRoles } from '../shared/roles.js';

/** KRK-2026 art. 61(3)–(4): laws by a majority of the total, constitutional laws by two-thirds. */
const THRESHOLD: Readonly<Record<BillKind, ThresholdName>> = {
  law: 'majority',
  constitutionalLaw: 'twoThirds',
};

const byKind = (motion: Motion, passed: Step, failed: Step) =>
  voteByKind('kurultai', motion, THRESHOLD, passed, failed);

/**
 * Kazakhstan, unicameral Kurultai under the Constitution adopted by the referendum of
 * 15 March 2026 (in force 1 July 2026). The text sets no number of readings, so any number of
 * `passReading` votes may precede adoption. Ends when the law is signed, is not adopted, is
 * withdrawn or lapses. Articles: see ./kurultai2026.citations.ts.
 */
export const kzKurultai2026Machine = billSetup.createMachine({
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
              target: 'kurultai',
              rule: 'introduction.law',
              actions: ['recordIntroduction'],
            }),
            whenKind('constitutionalLaw', {
              target: 'kurultai',
              rule: 'introduction.constitutionalLaw',
              actions: ['recordIntroduction'],
            }),
          ],
        },
      },
      kurultai: {
        description: 'Kurultai',
        exit: ['resetReadings'],
        on: {
          VoteHeld: [
            ...byKind(
              'passReading',
              { rule: 'kurultai.reading', actions: ['countReading'] },
              { target: '#bill.failed.notAdopted', rule: 'kurultai.readingFailed' },
            ),
            ...byKind(
              'adopt',
              { target: '#bill.president', rule: 'kurultai.adopt' },
              { target: '#bill.failed.notAdopted', rule: 'kurultai.notAdopted' },
            ),
            ...vote(
              { chamber: 'kurultai', motion: 'rejectAsWhole', threshold: 'majority' },
              { target: '#bill.failed.rejected', rule: 'kurultai.rejectAsWhole' },
              { rule: 'kurultai.rejectionFailed' },
            ),
          ],
          ConsiderationPostponed: chamberIs('kurultai', { rule: 'chamber.postponed' }),
          ...beforeAdoption,
        },
      },
      ...kzPresidentStages({
        objectionChambers: ['kurultai'],
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
      kurultai: 'lowerChamber',
      president: 'headOfState',
      objections: 'reconsideration',
      mustSign: 'headOfState',
      ...endedRoles,
    },
  ),
});
