import { ruDeclarations } from './declarations.js';
import { ruFederalAssembly1993 } from './federalAssembly1993.procedure.js';
import { ruFederalAssembly2020 } from './federalAssembly2020.procedure.js';

/** Russia's procedures, oldest first, and their declarations for the property checks. */
export const procedures = [ruFederalAssembly1993, ruFederalAssembly2020];
export { ruDeclarations as declarations };
