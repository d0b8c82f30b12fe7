import type { PeriodLength } from '../../src/domain/calendar.js';
import type {
  ClockDeclaration,
  DeclarationTable,
  ProcedureDeclaration,
  ThresholdDeclaration,
} from '../../src/domain/declarations.js';
import type { Motion } from '../../src/domain/events.js';

// Written again from the research, not read off the machine: a machine that lost a clock or
// weakens a threshold disagrees with these (src/check, docs/properties.md).

const GE = 'Constitution of Georgia (2018)';

const days = (n: number): PeriodLength => ({ days: n });

const signing = (
  stage: string,
  prefix: string,
  transmit: number,
  sign: number,
  article: string,
): ClockDeclaration[] => [
  {
    stage: `${stage}.awaitingTransmission`,
    clock: `${prefix}.transmission`,
    lengths: [days(transmit)],
    article,
  },
  { stage: `${stage}.considering`, clock: `${prefix}.signature`, lengths: [days(sign)], article },
];

const constitutionalLaw = (motions: readonly Motion[]): ThresholdDeclaration[] =>
  motions.map((motion) => ({
    motion,
    kind: 'constitutionalLaw',
    atLeast: 'threeQuarters',
    article: `${GE}, art. 77`,
  }));

const ge2018: ProcedureDeclaration = {
  clocks: [
    ...signing('president', 'president', 10, 14, `${GE}, art. 46(1)–(2)`),
    ...signing('afterRemarks', 'afterRemarks', 5, 5, `${GE}, art. 46(3)`),
    ...signing('afterOverride', 'afterOverride', 3, 5, `${GE}, art. 46(4)`),
    ...signing('constitutionalSignature', 'constitutionalLaw', 10, 5, `${GE}, art. 77`),
    {
      stage: 'speakerSigns',
      clock: 'speaker.signature',
      lengths: [days(5)],
      article: `${GE}, art. 46(5)`,
    },
  ],
  thresholds: [
    ...constitutionalLaw(['passReading', 'adopt']),
    { motion: 'passReading', kind: 'law', atLeast: 'majorityOfPresent', article: `${GE}, art. 45` },
    { motion: 'adopt', kind: 'law', atLeast: 'majorityOfPresent', article: `${GE}, art. 45` },
    {
      motion: 'adoptInPresidentWording',
      atLeast: 'majorityOfPresent',
      article: `${GE}, art. 46(3)`,
    },
    { motion: 'overrideVeto', atLeast: 'majority', article: `${GE}, art. 46(4)` },
  ],
  // The President cannot return a constitutional law (assumed, research §A.5).
  noVeto: [{ kind: 'constitutionalLaw', article: `${GE}, art. 77` }],
};

/** What the property checks know of the Georgian procedure apart from its machine. */
export const geDeclarations: DeclarationTable = { 'ge-2018': ge2018 };
