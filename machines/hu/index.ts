import { huNationalAssembly2012 } from './nationalAssembly2012.procedure.js';
import { huDeclarations } from './declarations.js';

/** The Hungarian procedures, for the registry or `--procedures dist/machines/hu/index.js`. */
export const procedures = [huNationalAssembly2012];
export { huDeclarations, huDeclarations as declarations };
