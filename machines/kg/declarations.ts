import type { DeclarationTable, ProcedureDeclaration } from '../../src/domain/declarations.js';

// Written again from the research, not read off the machine (src/check, docs/properties.md).

const KG10 = 'Constitution of Kyrgyzstan (2010)';
const RULES = 'Rules of Procedure of the Jogorku Kenesh';

const kg2021: ProcedureDeclaration = {
  clocks: [
    {
      stage: 'president.considering',
      clock: 'president.signature',
      lengths: [{ months: 1 }],
      article: `${KG10}, art. 81(2); 2021 [S]`,
    },
    {
      stage: 'mustSign',
      clock: 'president.mustSign',
      lengths: [{ days: 14 }],
      article: `${KG10}, art. 81(3)`,
    },
    {
      stage: 'toragaSigns',
      clock: 'toraga.signature',
      lengths: [{ days: 10 }],
      article: `${KG10}, art. 81(3)`,
    },
    {
      stage: 'conciliation.barred',
      clock: 'rules.rejectionBar',
      lengths: [{ months: 6 }],
      article: RULES,
    },
  ],
  thresholds: [
    { motion: 'adopt', kind: 'law', atLeast: 'majority', article: `${KG10}, art. 80(4)` },
    {
      motion: 'adopt',
      kind: 'constitutionalLaw',
      atLeast: 'twoThirds',
      article: `${KG10}, art. 80(5)`,
    },
    {
      motion: 'passReading',
      kind: 'constitutionalLaw',
      atLeast: 'twoThirds',
      article: `${KG10}, art. 80(5)`,
    },
    { motion: 'adoptAgreedText', kind: 'law', atLeast: 'majority', article: RULES },
    {
      motion: 'adoptAgreedText',
      kind: 'constitutionalLaw',
      atLeast: 'twoThirds',
      article: `${KG10}, art. 80(5)`,
    },
    { motion: 'overrideVeto', kind: 'law', atLeast: 'twoThirds', article: `${KG10}, art. 81(3)` },
    {
      motion: 'overrideVeto',
      kind: 'constitutionalLaw',
      atLeast: 'twoThirds',
      article: `${KG10}, art. 81(3)`,
    },
  ],
};

/** What the property checks know of each Kyrgyz procedure apart from its machine. */
export const kgDeclarations: DeclarationTable = { 'kg-2021': kg2021 };
