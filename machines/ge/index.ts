import { geDeclarations } from './declarations.js';
import { geParliament2018 } from './parliament2018.procedure.js';

/** Georgia's procedures, for `--procedures dist/machines/ge/index.js` and the registry. */
export const procedures = [geParliament2018];
export { geDeclarations, geDeclarations as declarations };
