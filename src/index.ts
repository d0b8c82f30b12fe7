/**
 * legisim's public API: the simulator facade, the replay engine, the procedures, the event
 * vocabulary, scenarios and projections, property checks and the event store. Everything else is
 * internal and may change.
 */
export { createSimulator, replayStream } from './api.js';
export type { ReplayStreamOptions, Simulator } from './api.js';

export { replay } from './replay/replay.js';
export type {
  Anomaly,
  AppliedRule,
  ReplayMode,
  ReplayOptions,
  ReplayResult,
  TraceStep,
} from './replay/replay.js';
export type { Stage } from './replay/stage.js';
export type { VoteRecord } from './replay/votes.js';

export {
  getProcedure,
  jurisdictions,
  procedureInForce,
  procedureProblems,
  procedures,
  registerProcedures,
} from '../machines/index.js';
export { stageRoles } from './domain/procedure.js';
export type {
  ChamberSpec,
  Citation,
  Firmness,
  Jurisdiction,
  Procedure,
  StageRole,
} from './domain/procedure.js';
// What a procedure is built with (docs/adding-a-procedure.md): the shared setup and its helpers.
export { billSetup, initialContext } from '../machines/shared/billSetup.js';
export { endedRoles, withRoles } from '../machines/shared/roles.js';
export { terminalStates } from '../machines/shared/terminalStates.js';
export {
  chamberIs,
  go,
  onElapsed,
  overdue,
  reviewAsked,
  reviewFound,
  startClock,
  stopClock,
  to,
  transmittedTo,
  vote,
  voteByKind,
  whenKind,
} from '../machines/shared/transitions.js';
export { afterAdoption, beforeAdoption } from '../machines/shared/pendingEvents.js';

export { parseEvent, parseEvents } from './domain/eventSchema.js';
export { parseDate, dueDate } from './domain/calendar.js';
export type { IsoDay, ParsedDate, PeriodLength } from './domain/calendar.js';
export { meetsThreshold, requiredVotes, thresholds } from './domain/thresholds.js';
export type { Threshold, ThresholdName } from './domain/thresholds.js';
export { billEventTypes, billKinds, motions } from './domain/events.js';
export type {
  BillEvent,
  BillEventType,
  BillKind,
  Motion,
  Tally,
  VoteHeld,
  VoteResult,
} from './domain/events.js';
export type { ChamberId, Seats } from './domain/chambers.js';
export { SimulatorError, errorCodes, isSimulatorError } from './domain/errors.js';
export type { ErrorCode } from './domain/errors.js';

export { loadScenario } from './scenario/loadScenario.js';
export type { Branch, Scenario } from './scenario/scenario.js';

export { outcomeOf } from './projections/outcome.js';
export type { Outcome } from './projections/outcome.js';
export { timelineOf } from './projections/timeline.js';
export type { TimelineEntry } from './projections/timeline.js';
export { votesOf } from './projections/votes.js';
export { nextStepsOf } from './projections/nextSteps.js';
export { explanationOf } from './projections/explain.js';
export { reportOf } from './projections/report.js';
export type { ReplayReport } from './projections/report.js';

export { defineInvariant } from './check/invariant.js';
export type { Invariant, InvariantInput, InvariantScope } from './check/invariant.js';
export { createInvariants, invariants } from './check/invariants.js';
export { declarations } from './check/declarations.js';
export type {
  ClockDeclaration,
  ProcedureDeclaration,
  ThresholdDeclaration,
} from './check/declarations.js';
export { historyArbitrary, invalidHistoryArbitrary } from './check/arbitraries.js';
export type { HistoryArbitraryOptions, InvalidHistory } from './check/arbitraries.js';
export type { History } from './check/history.js';
export { checkVariant, mutationNames } from './check/mutations.js';
export type { InvalidVariant, MutationName, Rejection } from './check/mutations.js';
export { simplePathsOf } from './check/exhaustive.js';
export type { SimplePath, SimplePaths } from './check/exhaustive.js';
export { checkProperties } from './check/runProperties.js';
export type {
  CheckProgress,
  CheckPropertiesOptions,
  InvariantReport,
  ProcedureReport,
} from './check/runProperties.js';
export type { Counterexample } from './check/evaluate.js';
export { counterexampleScenario } from './check/counterexample.js';
export { assertInvariants, checkInvariants, propertyTest } from './check/propertyTest.js';
export type { Broken, PropTest, PropertyTestOptions } from './check/propertyTest.js';

export { openFileStore } from './store/fileStore.js';
export type { FileStore, FileStoreOptions, StoreWarning } from './store/fileStore.js';
export { createMemoryStore } from './store/memoryStore.js';
export { collect, eventOf } from './store/eventStore.js';
export type {
  AppendOptions,
  AppendResult,
  EventMeta,
  EventStore,
  ExpectedVersion,
  ForkOptions,
  ReadAllOptions,
  ReadOptions,
  RecordedEvent,
  StoreDeps,
  StreamInfo,
  StreamMetadata,
  WriteOp,
} from './store/eventStore.js';
export { importScenarios, streamNameOf } from './store/scenarioImport.js';
export type { ImportedStream } from './store/scenarioImport.js';
export type { Problem, ProblemKind, VerifyReport } from './store/verify.js';
