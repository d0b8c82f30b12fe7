import { bgDeclarations } from './declarations.js';
import { bgNationalAssembly1991 } from './nationalAssembly1991.procedure.js';

/** Bulgaria's procedures, for the registry (or `--procedures dist/machines/bg/index.js`). */
export const procedures = [bgNationalAssembly1991];
export { bgDeclarations, bgDeclarations as declarations };
