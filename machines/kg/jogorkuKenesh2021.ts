import type { BillKind, Motion } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';
import { billSetup, initialContext } from '../shared/billSetup.js';
import { beforeAdoption } from '../shared/pendingEvents.js';
import { endedRoles, withRoles } from '../shared/roles.js';
import { terminalStates } from '../shared/terminalStates.js';
import {
  chamberIs,
  conciliationAgreed,
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
  voteByKind,
  whenKind,
} from '../shared/transitions.js';
import type { Step } from '../shared/transitions.js';

const CHAMBER = 'jogorkuKenesh';

/** Laws by a majority of the total, constitutional laws by two-thirds (2010 art. 80(4)–(5), [U]). */
const THRESHOLD: Readonly<Record<BillKind, ThresholdName>> = {
  law: 'majority',
  constitutionalLaw: 'twoThirds',
};

const byKind = (motion: Motion, passed: Step, failed: Step) =>
  voteByKind(CHAMBER, motion, THRESHOLD, passed, failed);

const SIGNATURE = 'president.signature';
const SIGNATURE_CLOCK = {
  clock: SIGNATURE,
  label: "President's signature",
  rule: 'president.signature',
  length: { months: 1 },
} as const;
const MUST_SIGN = 'president.mustSign';
const MUST_SIGN_CLOCK = {
  clock: MUST_SIGN,
  label: 'Signature after the override',
  rule: 'president.mustSign',
  length: { days: 14 },
  unrecordedStart: 'the receipt of the overridden law is not recorded: counted from the override',
} as const;

const presidentActs = {
  PresidentSigned: to('#bill.enacted.signed', 'president.sign'),
  PresidentReturned: to('#bill.objections', 'president.return'),
};

/** The President: one month from receipt to sign or return with objections. */
const president = {
  description: 'President',
  initial: 'awaitingTransmission',
  exit: [stopClock(SIGNATURE)],
  states: {
    awaitingTransmission: {
      description: 'awaiting transfer to the President (the 14-day term is not enforced)',
      on: {
        Transmitted: transmittedTo('president', {
          target: 'considering',
          rule: 'president.receipt',
        }),
        ...presidentActs,
      },
    },
    considering: {
      description: 'awaiting signature (one month from receipt)',
      entry: [startClock(SIGNATURE_CLOCK)],
      on: {
        DeadlineElapsed: overdue(SIGNATURE, 'president.signatureOverdue'),
        ...presidentActs,
      },
    },
  },
};

/** The Jogorku Kenesh reconsiders a returned law: override, or a conciliation group. */
const objections = {
  description: "Jogorku Kenesh › the President's objections (no time limit found)",
  on: {
    VoteHeld: vote(
      { chamber: CHAMBER, motion: 'overrideVeto', threshold: 'twoThirds' },
      { target: '#bill.mustSign', rule: 'objections.override' },
      { target: '#bill.failed.vetoSustained', rule: 'objections.sustained' },
    ),
    ConciliationCommissionFormed: to('#bill.conciliation', 'objections.conciliationGroup'),
  },
};

const adoptAgreed = (failed: Step) =>
  byKind(
    'adoptAgreedText',
    { target: '#bill.president', rule: 'conciliation.adopt', reason: 'adopted-in-new-wording' },
    failed,
  );

const REVOTE = { rule: 'rules.rejectionBar', breach: true } as const;

/** A conciliation group drafts an agreed version, which the plenary adopts (Rules, [S]). */
const conciliation = {
  description: 'Conciliation group › agreed version',
  initial: 'working',
  states: {
    working: {
      description: 'the conciliation group works on an agreed version',
      on: {
        ConciliationCompleted: [
          conciliationAgreed(true, { target: 'agreed', rule: 'conciliation.agreed' }),
          conciliationAgreed(false, { target: '#bill.objections', rule: 'conciliation.disagreed' }),
        ],
      },
    },
    agreed: {
      description: 'the agreed version before the plenary',
      on: {
        VoteHeld: adoptAgreed({ target: 'barred', rule: 'conciliation.rejected' }),
      },
    },
    barred: {
      description: 'agreed version rejected: not to be taken up again for six months',
      entry: [
        startClock({
          clock: 'rules.rejectionBar',
          label: 'Six months before a rejected text may be taken up again',
          rule: 'rules.rejectionBarEnded',
          length: { months: 6 },
        }),
      ],
      exit: [stopClock('rules.rejectionBar')],
      on: {
        // Adopting the text again within the six months breaks the Rules of Procedure, as in July
        // 2021; a re-vote that fails changes nothing and the bar runs on.
        VoteHeld: byKind(
          'adoptAgreedText',
          { ...REVOTE, target: '#bill.president', reason: 'adopted-in-new-wording' },
          { rule: 'rules.revoteFailed' },
        ),
        DeadlineElapsed: onElapsed('rules.rejectionBar', {
          target: 'agreed',
          rule: 'rules.rejectionBarEnded',
        }),
      },
    },
  },
};

/** After the override the President signs within 14 days of receipt, else the Toraga within 10. */
const mustSign = {
  description: 'President › must sign after the override (14 days)',
  entry: [startClock(MUST_SIGN_CLOCK)],
  exit: [stopClock(MUST_SIGN)],
  on: {
    Transmitted: transmittedTo('president', {
      rule: 'president.mustSignReceipt',
      actions: [stopClock(MUST_SIGN), startClock(MUST_SIGN_CLOCK)],
    }),
    PresidentSigned: to('#bill.enacted.override', 'president.signAfterOverride'),
    DeadlineElapsed: onElapsed(MUST_SIGN, { target: '#bill.toragaSigns', rule: MUST_SIGN }),
  },
};

const toragaSigns = {
  description: 'Toraga signs in the President’s stead (10 days)',
  entry: [
    startClock({
      clock: 'toraga.signature',
      label: "Toraga's signature",
      rule: 'toraga.signature',
      length: { days: 10 },
    }),
  ],
  exit: [stopClock('toraga.signature')],
  on: {
    SignedInStead: go({
      target: '#bill.enacted.signedInStead',
      rule: 'toraga.signInStead',
      reason: 'signed-in-stead',
    }),
    DeadlineElapsed: overdue('toraga.signature', 'toraga.signatureOverdue'),
  },
};

/** Anyone may challenge an enacted law; a law found unconstitutional is repealed. */
const courtAfterEnactment = {
  ConstitutionalReviewRequested: reviewAsked('conformity', { rule: 'court.complaint' }),
  ConstitutionalReviewDecided: [
    reviewFound(false, { target: '#bill.failed.unconstitutional', rule: 'court.unconstitutional' }),
    reviewFound(true, { rule: 'court.constitutional' }),
  ],
};

/**
 * Kyrgyzstan, unicameral Jogorku Kenesh under the Constitution of 5 May 2021. Ends when the law
 * is signed (by the President, after an override, or by the Toraga in his stead), is not
 * adopted, the objections are sustained, it is withdrawn or lapses; an enacted law may still be
 * struck down by the Constitutional Court. Articles: see ./jogorkuKenesh2021.citations.ts.
 */
export const kgJogorkuKenesh2021Machine = billSetup.createMachine({
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
              target: 'jogorkuKenesh',
              rule: 'introduction.law',
              actions: ['recordIntroduction'],
            }),
            whenKind('constitutionalLaw', {
              target: 'jogorkuKenesh',
              rule: 'introduction.constitutionalLaw',
              actions: ['recordIntroduction'],
            }),
          ],
        },
      },
      jogorkuKenesh: {
        description: 'Jogorku Kenesh (three readings)',
        exit: ['resetReadings'],
        on: {
          VoteHeld: [
            ...byKind(
              'passReading',
              { rule: 'jk.reading', actions: ['countReading'] },
              { target: '#bill.failed.notAdopted', rule: 'jk.readingFailed' },
            ),
            ...byKind(
              'adopt',
              { target: '#bill.president', rule: 'jk.adopt' },
              { target: '#bill.failed.notAdopted', rule: 'jk.notAdopted' },
            ),
          ],
          ConsiderationPostponed: chamberIs(CHAMBER, { rule: 'chamber.postponed' }),
          ...beforeAdoption,
        },
      },
      president,
      objections,
      conciliation,
      mustSign,
      toragaSigns,
      ...terminalStates(
        ['notAdopted', 'vetoSustained', 'unconstitutional'],
        ['signedInStead'],
        courtAfterEnactment,
      ),
    },
    {
      drafting: 'drafting',
      jogorkuKenesh: 'lowerChamber',
      president: 'headOfState',
      objections: 'reconsideration',
      conciliation: 'conciliation',
      mustSign: 'headOfState',
      toragaSigns: 'headOfState',
      ...endedRoles,
    },
  ),
});
