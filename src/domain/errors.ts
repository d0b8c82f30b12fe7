/**
 * Every error legisim raises on purpose carries a stable, namespaced code. Exit codes live only
 * in the CLI (src/cli/exitCodes.ts), which maps every code below.
 */
export const errorCodes = [
  'input.invalidDate',
  'input.invalidEvent',
  'input.invalidTally',
  'input.invalidOption',
  'input.fileNotFound',
  'input.unreadableFile',
  'input.invalidScenario',
  'procedure.unknown',
  'procedure.invalid',
  'procedure.noneInForce',
  'procedure.unhandledDeadline',
  'replay.eventNotAllowed',
  'replay.dateOutOfOrder',
  'replay.tallyContradictsResult',
  'replay.late',
  'replay.breach',
  'replay.emptyHistory',
  'store.versionConflict',
  'store.notFound',
  'store.corrupt',
  'store.locked',
  'store.unwritable',
  'store.invalidStreamName',
  'store.invalidMetadata',
  'store.changed',
  'store.repairNotConfirmed',
  'internal.unreachable',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class SimulatorError extends Error {
  override readonly name = 'SimulatorError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

export const isSimulatorError = (e: unknown, code?: ErrorCode): e is SimulatorError =>
  e instanceof SimulatorError && (code === undefined || e.code === code);

export const assertNever = (value: never, where: string): never => {
  throw new SimulatorError('internal.unreachable', `${where}: unhandled ${JSON.stringify(value)}`);
};
