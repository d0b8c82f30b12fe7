import type { PeriodLength } from '../../src/domain/calendar.js';
import type { DeclarationTable, ProcedureDeclaration } from '../../src/domain/declarations.js';

// Written again from the constitution, not read off the machine: a machine that lost a clock or
// weakens a threshold disagrees with these (src/check, docs/properties.md).

const BG = 'Constitution of Bulgaria (1991)';

const days = (n: number): PeriodLength => ({ days: n });

const bg1991: ProcedureDeclaration = {
  clocks: [
    {
      stage: 'president',
      clock: 'president.publication',
      lengths: [days(15)],
      article: `${BG}, arts. 88(3), 101(1)`,
    },
    {
      stage: 'mustPromulgate',
      clock: 'president.afterReturn',
      lengths: [days(7)],
      article: `${BG}, art. 101(3)`,
    },
  ],
  thresholds: [
    { motion: 'passReading', atLeast: 'majorityOfPresent', article: `${BG}, art. 81(2)` },
    { motion: 'adopt', atLeast: 'majorityOfPresent', article: `${BG}, art. 81(2)` },
    { motion: 'overrideVeto', atLeast: 'majority', article: `${BG}, art. 101(2)` },
  ],
};

/** What the property checks know of the Bulgarian procedure apart from its machine. */
export const bgDeclarations: DeclarationTable = { 'bg-1991': bg1991 };
