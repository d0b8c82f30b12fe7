import type { Citation } from '../../src/domain/procedure.js';
import { ruChamberCitations } from './chamberCitations.js';
import { ruPresidentCitations } from './presidentCitations.js';
import { ru1993Wording } from './wording.js';

/** Rule id → article, for the 1993 procedure. Firmness tags as in research/procedures.md. */
export const ruFederalAssembly1993Citations: Readonly<Record<string, Citation>> = {
  ...ruChamberCitations(ru1993Wording),
  ...ruPresidentCitations(ru1993Wording),
};
