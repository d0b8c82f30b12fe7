import { getProcedure, procedures } from '../machines/index.js';
import type { BillEvent } from './domain/events.js';
import type { Procedure } from './domain/procedure.js';
import type { ReplayMode, ReplayOptions, ReplayResult } from './replay/replay.js';
import { replay } from './replay/replay.js';
import type { Statechart } from './render/statechart.js';
import { statechartOf } from './render/statechart.js';
import { findScenarioFiles, readScenarioFile } from './scenario/readScenarioFile.js';
import { replayCase } from './scenario/runScenario.js';
import type { Scenario } from './scenario/scenario.js';
import type { EventStore } from './store/eventStore.js';
import type { FileStore, FileStoreOptions } from './store/fileStore.js';
import { openFileStore } from './store/fileStore.js';
import { readStoredCase } from './store/storedCase.js';

export type ReplayStreamOptions = Readonly<{
  /** Replay as of this date instead of the stream's own `asOf`. */
  asOf?: string;
  /** A procedure id instead of the stream's (or the one in force on its introduction). */
  procedure?: string;
  /** @defaultValue 'strict' */
  mode?: ReplayMode;
}>;

/**
 * Replays a stored stream as `legisim replay --store DIR <stream>` does: its events, under the
 * jurisdiction, procedure, seats and `asOf` its first record names.
 * @example
 * const store = openFileStore('.legisim');
 * const result = await replayStream(store, 'kz-2025-propaganda-ban');
 * outcomeOf(result.trace).status;
 */
export const replayStream = async (
  store: EventStore,
  stream: string,
  options: ReplayStreamOptions = {},
): Promise<ReplayResult> => replayCase(await readStoredCase(store, stream), options);

/** What the CLI (and any other shell) may ask of legisim: a thin facade over the library. */
export type Simulator = Readonly<{
  procedures: () => readonly Procedure[];
  procedure: (id: string) => Procedure;
  statechart: (id: string) => Statechart;
  replay: (events: readonly BillEvent[], options?: ReplayOptions) => ReplayResult;
  /** Reads and validates a scenario file (YAML or JSON). */
  readScenario: (file: string) => Scenario;
  /** Scenario files under the given files and directories. */
  findScenarios: (paths: readonly string[]) => string[];
  /** Opens the JSONL event store in a directory (docs/store.md); the clock and ids are the system's unless given. */
  openStore: (dir: string, options?: FileStoreOptions) => FileStore;
  /** Replays a stored stream under the metadata it was stored with. */
  replayStream: typeof replayStream;
}>;

/**
 * Creates the simulator facade over the procedure registry.
 * @example
 * const sim = createSimulator();
 * const result = sim.replay(events, { jurisdiction: 'KZ' });
 * console.log(result.stage.label);
 */
export const createSimulator = (): Simulator => ({
  procedures: () => procedures,
  procedure: getProcedure,
  statechart: (id) => statechartOf(getProcedure(id)),
  replay,
  readScenario: readScenarioFile,
  findScenarios: findScenarioFiles,
  openStore: openFileStore,
  replayStream,
});
