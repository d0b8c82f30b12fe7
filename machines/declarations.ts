import type { DeclarationTable } from '../src/domain/declarations.js';
import { jurisdictionModules } from './jurisdictions.js';

/**
 * The clocks and thresholds of every registered procedure, by procedure id, as each
 * jurisdiction's folder declares them from its constitution (machines/jurisdictions.ts lists the
 * folders); an outside module's declarations are added by `--procedures`.
 */
export const declarations: DeclarationTable = Object.assign(
  {},
  ...jurisdictionModules.map((m) => m.declarations),
) as DeclarationTable;
