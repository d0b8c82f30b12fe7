import type { Citation } from '../../src/domain/procedure.js';
import { ruChamberCitations } from './chamberCitations.js';
import { ruCourtCitations } from './courtCitations.js';
import { ruPresidentCitations } from './presidentCitations.js';
import { ru2020Wording } from './wording.js';

/** Rule id → article, for the procedure as amended in 2020. Firmness as in research/procedures.md. */
export const ruFederalAssembly2020Citations: Readonly<Record<string, Citation>> = {
  ...ruChamberCitations(ru2020Wording),
  ...ruPresidentCitations(ru2020Wording),
  ...ruCourtCitations,
};
