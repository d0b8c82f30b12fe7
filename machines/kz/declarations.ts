import type { PeriodLength } from '../../src/domain/calendar.js';
import type { ChamberId } from '../../src/domain/chambers.js';
import type {
  ClockDeclaration,
  DeclarationTable,
  ProcedureDeclaration,
  ThresholdDeclaration,
} from '../../src/domain/declarations.js';
import type { Motion } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';

// Written again from the constitution, not read off the machines: a machine that lost a clock or
// weakens a threshold disagrees with these (src/check, docs/properties.md).

const KZ = 'Constitution of Kazakhstan';

const days = (n: number): PeriodLength => ({ days: n });
const months = (n: number): PeriodLength => ({ months: n });

/** The Kazakh President's stages, the same in every Kazakh version (arts. 44(2), 54(2), 61(4)). */
const kzPresident = (
  objectionChambers: readonly ChamberId[],
  article: string,
): ClockDeclaration[] => [
  {
    stage: 'president.awaitingTransmission',
    clock: 'president.presentation',
    lengths: [days(10)],
    article: `${KZ}, art. 61(4)`,
  },
  {
    stage: 'president.considering',
    clock: 'president.signature',
    lengths: [months(1)],
    article: `${KZ}, art. 44(2)`,
  },
  {
    stage: 'president.review',
    clock: 'court.decision',
    lengths: [months(1), days(10)],
    article: `${KZ}, art. 73`,
  },
  {
    stage: 'objections',
    clock: 'objections',
    lengths: [months(1)],
    bounds: objectionChambers,
    article,
  },
  { stage: 'mustSign', clock: 'president.mustSign', lengths: [months(1)], article },
];

const kzOverride = (constitutionalLaw: ThresholdName, article: string): ThresholdDeclaration[] => [
  { motion: 'overrideVeto', kind: 'law', atLeast: 'twoThirds', article },
  { motion: 'overrideVeto', kind: 'constitutionalLaw', atLeast: constitutionalLaw, article },
];

/** Every vote that adopts (part of) a constitutional law needs two-thirds (KZ art. 62(4)). */
const kzConstitutionalLaw = (motions: readonly Motion[]): ThresholdDeclaration[] =>
  motions.map((motion) => ({
    motion,
    kind: 'constitutionalLaw',
    atLeast: 'twoThirds',
    article: `${KZ}, art. 62(4)`,
  }));

const senate60 = (stage: string, bounds: boolean): ClockDeclaration => ({
  stage,
  clock: 'senate.consideration',
  lengths: [days(60)],
  ...(bounds ? { bounds: ['senate'] } : {}),
  article: bounds ? `${KZ}, art. 61(4)` : 'Constitutional Law on Parliament, art. 18(1)',
});

const kz1995: ProcedureDeclaration = {
  clocks: [
    senate60('senate', false),
    senate60('senateAgain', false),
    ...kzPresident(['majilis', 'senate'], `${KZ}, arts. 53–54`),
  ],
  thresholds: [
    ...kzConstitutionalLaw([
      'passReading',
      'adopt',
      'approve',
      'acceptAmendments',
      'adoptAgreedText',
    ]),
    {
      motion: 'reaffirm',
      atLeast: 'twoThirds',
      article: 'Constitutional Law on Parliament, art. 18',
    },
    ...kzOverride('twoThirds', `${KZ}, arts. 53–54`),
  ],
};

const kz2023: ProcedureDeclaration = {
  clocks: [
    senate60('senate', true),
    senate60('conciliation.senate', true),
    ...kzPresident(['majilis', 'senate'], `${KZ}, art. 54(2)(2)`),
  ],
  thresholds: [
    ...kzConstitutionalLaw(['passReading', 'adopt']),
    { motion: 'reaffirm', atLeast: 'twoThirds', article: `${KZ}, art. 61(5)` },
    ...kzOverride('threeQuarters', `${KZ}, arts. 53(1-2), 54(2)(2)`),
  ],
  // A constitutional law is adopted at a joint sitting of the Chambers, by two-thirds of the
  // deputies of each Chamber.
  jointAdoption: [
    {
      kind: 'constitutionalLaw',
      stage: 'jointSitting',
      atLeast: 'twoThirds',
      article: `${KZ} (as amended 2022), arts. 53(1-1), 62(4)`,
    },
  ],
};

const kurultai: ProcedureDeclaration = {
  clocks: kzPresident(['kurultai'], 'Constitution of Kazakhstan (2026), art. 56(2)'),
  thresholds: [
    ...kzConstitutionalLaw(['passReading', 'adopt']),
    ...kzOverride('threeQuarters', 'Constitution of Kazakhstan (2026), art. 56(2)'),
  ],
};

/** What the property checks know of each Kazakh procedure apart from its machine. */
export const kzDeclarations: DeclarationTable = {
  'kz-1995': kz1995,
  'kz-2023': kz2023,
  'kz-2026-kurultai': kurultai,
};
