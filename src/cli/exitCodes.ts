import type { ErrorCode } from '../domain/errors.js';

/** The CLI contract (DESIGN.md): 0 success, 1 a check failed, 2 bad input; 70 is a bug of ours. */
export const exitCodes = {
  ok: 0,
  checkFailed: 1,
  badInput: 2,
  internal: 70,
} as const;

export const exitCodeFor = {
  'input.invalidDate': 2,
  'input.invalidEvent': 2,
  'input.invalidTally': 2,
  'input.invalidOption': 2,
  'input.fileNotFound': 2,
  'input.unreadableFile': 2,
  'input.invalidScenario': 2,
  'procedure.unknown': 2,
  'procedure.noneInForce': 2,
  'replay.eventNotAllowed': 2,
  'replay.dateOutOfOrder': 2,
  'replay.tallyContradictsResult': 2,
  'replay.emptyHistory': 2,
  'procedure.unhandledDeadline': 70,
  'internal.unreachable': 70,
} as const satisfies Record<ErrorCode, number>;
