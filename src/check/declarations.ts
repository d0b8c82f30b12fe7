import { declarations } from '../../machines/declarations.js';
import type { DeclarationTable, ProcedureDeclaration } from '../domain/declarations.js';

export type {
  ClockDeclaration,
  DeclarationTable,
  JointAdoptionDeclaration,
  NoVetoDeclaration,
  ProcedureDeclaration,
  ThresholdDeclaration,
} from '../domain/declarations.js';

/**
 * The built-in declarations, by procedure id, each written in its jurisdiction's folder
 * (machines/declarations.ts). A procedure without one is checked by every invariant but those
 * that need a declaration (a stage's clock, a motion's threshold).
 */
export { declarations };

const NONE: ProcedureDeclaration = { clocks: [], thresholds: [] };

export const declarationOf = (
  procedureId: string,
  table: DeclarationTable = declarations,
): ProcedureDeclaration => table[procedureId] ?? NONE;

/** Whether `path` is `stage` or one of its sub-stages. */
export const inStage = (path: string, stage: string): boolean =>
  path === stage || path.startsWith(`${stage}.`);
