import type {
  ClockDeclaration,
  DeclarationTable,
  ProcedureDeclaration,
  ThresholdDeclaration,
} from '../../src/domain/declarations.js';
import type { BillKind, Motion } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';

// Written again from the Fundamental Law, not read off the machine: a machine that lost a clock or
// weakens a threshold disagrees with these (src/check, docs/properties.md).

const FL = 'Fundamental Law of Hungary (2011)';

/** The Speaker's and the President's five days, at every stage where the Act goes to the President. */
const signing = (stage: string): ClockDeclaration[] => [
  {
    stage: `${stage}.awaitingTransmission`,
    clock: 'speaker.signature',
    lengths: [{ days: 5 }],
    article: `${FL}, art. 6(3)`,
  },
  {
    stage: `${stage}.considering`,
    clock: 'president.signature',
    lengths: [{ days: 5 }],
    article: `${FL}, art. 6(3)`,
  },
];

const court = (stage: string, days: number, article: string): ClockDeclaration => ({
  stage: `court.${stage}`,
  clock: 'court.decision',
  lengths: [{ days }],
  article: `${FL}, ${article}`,
});

const ACT: Readonly<Record<BillKind, ThresholdName>> = {
  law: 'majorityOfPresent',
  constitutionalLaw: 'twoThirdsOfPresent',
};

/** Every adoption, first or again, needs the Act's own majority (arts. 5(6), T(4), 6(5), 6(6)). */
const adoption = (motion: Motion): ThresholdDeclaration[] =>
  (['law', 'constitutionalLaw'] as const).map((kind) => ({
    motion,
    kind,
    atLeast: ACT[kind],
    article: `${FL}, arts. 5(6), T(4)`,
  }));

const hu2012: ProcedureDeclaration = {
  clocks: [
    ...signing('president'),
    ...signing('afterReview'),
    ...signing('readopted'),
    ...signing('again'),
    court('parliament', 30, 'art. 6(6)'),
    court('president', 30, 'art. 6(6)'),
    court('readopted', 30, 'art. 6(6)'),
    court('repeat', 10, 'art. 6(8)'),
  ],
  thresholds: [...adoption('adopt'), ...adoption('overrideVeto')],
};

/** What the property checks know of the Hungarian procedure apart from its machine. */
export const huDeclarations: DeclarationTable = { 'hu-2012': hu2012 };
