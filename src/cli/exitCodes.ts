import type { ErrorCode } from '../domain/errors.js';

/**
 * The CLI contract (DESIGN.md): 0 success, 1 a check failed, 2 bad input (a damaged store
 * included); 3 the store changed under an append (re-read and retry); 75 the store is locked by
 * another process (retry later, sysexits EX_TEMPFAIL); 70 is a bug of ours.
 */
export const exitCodes = {
  ok: 0,
  checkFailed: 1,
  badInput: 2,
  conflict: 3,
  internal: 70,
  busy: 75,
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
  'procedure.invalid': 2,
  'procedure.noneInForce': 2,
  'replay.eventNotAllowed': 2,
  'replay.dateOutOfOrder': 2,
  'replay.tallyContradictsResult': 2,
  'replay.late': 2,
  'replay.breach': 2,
  'replay.emptyHistory': 2,
  'store.notFound': 2,
  'store.corrupt': 2,
  'store.unwritable': 2,
  'store.invalidStreamName': 2,
  'store.invalidMetadata': 2,
  'store.repairNotConfirmed': 2,
  'store.versionConflict': 3,
  'store.changed': 3,
  'store.locked': 75,
  'procedure.unhandledDeadline': 70,
  'internal.unreachable': 70,
} as const satisfies Record<ErrorCode, number>;
