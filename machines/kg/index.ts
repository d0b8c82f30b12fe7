import { kgDeclarations } from './declarations.js';
import { kgJogorkuKenesh2021 } from './jogorkuKenesh2021.procedure.js';

export const procedures = [kgJogorkuKenesh2021];
export { kgDeclarations, kgDeclarations as declarations };
