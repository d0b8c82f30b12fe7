import type { PeriodLength } from '../../src/domain/calendar.js';
import type {
  ClockDeclaration,
  DeclarationTable,
  ProcedureDeclaration,
} from '../../src/domain/declarations.js';

// Written again from the constitution, not read off the machines: a machine that lost a clock or
// weakens a threshold disagrees with these (src/check, docs/properties.md).

const RU = 'Constitution of Russia';

const days = (n: number): PeriodLength => ({ days: n });

/** Sent to the President within five days, who acts within `period` days (`article`). */
const ruReceipt = (
  prefix: string,
  stage: string,
  period: number,
  article: string,
): ClockDeclaration[] => [
  {
    stage: `${stage}.awaitingTransmission`,
    clock: `${prefix}.transmission`,
    lengths: [days(5)],
    article: `${RU}, art. 107(1)`,
  },
  { stage: `${stage}.considering`, clock: `${prefix}.period`, lengths: [days(period)], article },
];

const ru = (courtReview: boolean): ProcedureDeclaration => ({
  clocks: [
    {
      stage: 'federationCouncil.awaitingTransmission',
      clock: 'fc.transmission',
      lengths: [days(5)],
      article: `${RU}, art. 105(3)`,
    },
    {
      stage: 'federationCouncil.considering',
      clock: 'fc.period',
      lengths: [days(14)],
      bounds: ['federationCouncil'],
      exceptMandatory: true,
      article: `${RU}, arts. 105(4), 106`,
    },
    ...ruReceipt('president', 'president', 14, `${RU}, art. 107(1)`),
    ...ruReceipt('override', 'mustSign', 7, `${RU}, art. 107(3)`),
    ...ruReceipt('fkz.president', 'constitutionalLaw.president', 14, `${RU}, art. 108(2)`),
    ...(courtReview
      ? [
          {
            // The three days of art. 107(3), applied to a referral within the fourteen days
            // (art. 125(5.1)(a)) by analogy: see machines/ru/assumptions.ts.
            stage: 'president.afterRuling',
            clock: 'president.court.afterRuling',
            lengths: [days(3)],
            article: `${RU}, arts. 107(3), 125(5.1)(a)`,
          },
          {
            stage: 'mustSign.afterRuling',
            clock: 'court.afterRuling',
            lengths: [days(3)],
            article: `${RU}, art. 107(3)`,
          },
          {
            stage: 'constitutionalLaw.president.afterRuling',
            clock: 'fkz.court.afterRuling',
            lengths: [days(3)],
            article: `${RU}, art. 108(2)`,
          },
        ]
      : []),
  ],
  thresholds: [
    { motion: 'overrideVeto', atLeast: 'twoThirds', article: `${RU}, art. 107(3)` },
    // After a veto (Duma Rules, ch. 16): the President's or a new wording, or agreement with the
    // rejection, each by a majority of the total number of deputies.
    ...(['adoptInPresidentWording', 'adoptInNewWording', 'rejectAsWhole'] as const).map(
      (motion) => ({
        motion,
        chamber: 'duma' as const,
        atLeast: 'majority' as const,
        article: 'Rules of procedure of the State Duma, arts. 134.2–134.3',
      }),
    ),
    { motion: 'reaffirm', atLeast: 'twoThirds', article: `${RU}, art. 105(5)` },
    {
      motion: 'adopt',
      kind: 'constitutionalLaw',
      chamber: 'duma',
      atLeast: 'twoThirds',
      article: `${RU}, art. 108(2)`,
    },
    {
      motion: 'approve',
      kind: 'constitutionalLaw',
      chamber: 'federationCouncil',
      atLeast: 'threeQuarters',
      article: `${RU}, art. 108(2)`,
    },
  ],
  // A federal constitutional law is approved by votes only and signed within fourteen days:
  // the President has no veto over it.
  noVeto: [{ kind: 'constitutionalLaw', article: `${RU}, art. 108(2)` }],
});

/** What the property checks know of each Russian procedure apart from its machine. */
export const ruDeclarations: DeclarationTable = {
  'ru-1993': ru(false),
  'ru-2020': ru(true),
};
