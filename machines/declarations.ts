import type { DeclarationTable } from '../src/domain/declarations.js';
import { kzDeclarations } from './kz/declarations.js';
import { ruDeclarations } from './ru/declarations.js';

/**
 * The clocks and thresholds of every registered procedure, by procedure id, as each
 * jurisdiction's folder declares them from its constitution; one line per jurisdiction.
 */
export const declarations: DeclarationTable = {
  ...kzDeclarations,
  ...ruDeclarations,
};
