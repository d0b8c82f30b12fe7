import { SimulatorError, isSimulatorError } from '../domain/errors.js';
import type { BillEvent } from '../domain/events.js';
import type { Scenario } from '../scenario/scenario.js';
import type { EventStore, StreamInfo, StreamMetadata, WriteOp } from './eventStore.js';
import { collect, eventOf } from './eventStore.js';
import { canonicalJson } from './records.js';

/** How a scenario's stream fared in an import. */
export type ImportedStream = Readonly<{
  stream: string;
  file?: string;
  /** `forked` is a branch: a fork of the main stream plus the branch's own events. */
  kind: 'main' | 'forked';
  status: 'added' | 'unchanged';
  events: number;
  forkedAt?: number;
}>;

/** A scenario's stream name; a branch's is `<id>#<branch>`. */
export const streamNameOf = (scenarioId: string, branch?: string): string =>
  branch === undefined ? scenarioId : `${scenarioId}#${branch}`;

const metadataOf = (s: Scenario): StreamMetadata => ({
  jurisdiction: s.jurisdiction,
  title: s.title,
  ...(s.procedure === undefined ? {} : { procedure: s.procedure }),
  ...(s.seats === undefined ? {} : { seats: s.seats }),
  ...(s.asOf === undefined ? {} : { asOf: s.asOf }),
  ...(s.mode === 'conformance' ? { mode: 'conformance' as const } : {}),
});

type Wanted = Readonly<{
  stream: string;
  file?: string;
  /** The line of each event of the stream in its file (version 1 first). */
  lines: readonly (number | undefined)[];
  metadata: StreamMetadata;
  events: readonly BillEvent[];
  ops: readonly WriteOp[];
  kind: ImportedStream['kind'];
  forkedAt?: number;
}>;

/** The streams a scenario becomes: its main history, then each branch as a fork of it. */
const wantedOf = (s: Scenario, validate: boolean): Wanted[] => {
  const main = streamNameOf(s.id);
  const metadata = metadataOf(s);
  const file = s.file === undefined ? {} : { file: s.file };
  return [
    {
      stream: main,
      ...file,
      lines: s.eventLines,
      metadata,
      events: s.events,
      kind: 'main',
      ops: [
        {
          type: 'append',
          stream: main,
          events: s.events,
          expectedVersion: 'noStream',
          metadata,
          validate,
        },
      ],
    },
    ...s.branches.map((b): Wanted => {
      const stream = streamNameOf(s.id, b.name);
      const at = b.after + 1;
      const overrides: Partial<StreamMetadata> = {
        ...(b.procedure === undefined ? {} : { procedure: b.procedure }),
        ...(b.seats === undefined ? {} : { seats: { ...s.seats, ...b.seats } }),
        ...(b.asOf === undefined ? {} : { asOf: b.asOf }),
      };
      return {
        stream,
        ...file,
        lines: [...s.eventLines.slice(0, at), ...b.eventLines],
        metadata: { ...metadata, ...overrides },
        events: [...s.events.slice(0, at), ...b.events],
        kind: 'forked',
        forkedAt: at,
        ops: [
          {
            type: 'fork',
            stream: main,
            atVersion: at,
            newStream: stream,
            metadata: overrides,
            validate,
          },
          { type: 'append', stream, events: b.events, expectedVersion: at, validate },
        ],
      };
    }),
  ];
};

const sameStream = async (store: EventStore, info: StreamInfo, wanted: Wanted) => {
  if (canonicalJson(info.metadata) !== canonicalJson(wanted.metadata)) return false;
  if (info.version !== wanted.events.length) return false;
  const stored = (await collect(store.read(info.stream))).map(eventOf);
  return canonicalJson(stored) === canonicalJson(wanted.events);
};

/**
 * An error of the store about a stream's event (its `stream` and `version`), told at the file and
 * line of the scenario the event came from, as `replay` of that file would.
 */
const locatedInFile = (e: unknown, wanted: ReadonlyMap<string, Wanted>): unknown => {
  if (!isSimulatorError(e)) return e;
  const { stream, version } = e.details;
  const from = typeof stream === 'string' ? wanted.get(stream) : undefined;
  if (from?.file === undefined) return e;
  const line = typeof version === 'number' ? from.lines[version - 1] : undefined;
  return new SimulatorError(
    e.code,
    `${from.file}${line === undefined ? '' : `:${line}`}: ${e.message}`,
    {
      ...e.details,
      file: from.file,
      ...(line === undefined ? {} : { line }),
    },
  );
};

/**
 * Imports scenarios into a store in one all-or-nothing write: one stream per scenario (named by
 * its id) and one per branch (`<id>#<branch>`, a fork of the main stream at the branch's `after`
 * plus its events). A stream already there with the same metadata and events is left unchanged;
 * one that differs is a `store.versionConflict` and nothing is written.
 */
export const importScenarios = async (
  store: EventStore,
  scenarios: readonly Scenario[],
  options: Readonly<{ validate?: boolean }> = {},
): Promise<ImportedStream[]> => {
  const existing = new Map((await store.streams()).map((s) => [s.stream, s]));
  const ops: WriteOp[] = [];
  const imported: ImportedStream[] = [];
  const seen = new Map<string, Wanted>();
  for (const wanted of scenarios.flatMap((s) => wantedOf(s, options.validate ?? true))) {
    const twin = seen.get(wanted.stream);
    if (twin !== undefined) {
      if (
        canonicalJson([twin.metadata, twin.events]) ===
        canonicalJson([wanted.metadata, wanted.events])
      )
        continue;
      throw new SimulatorError(
        'input.invalidScenario',
        `${wanted.file ?? wanted.stream}: stream "${wanted.stream}" is also imported from ${twin.file ?? 'another scenario'} with other events: two scenarios share the id`,
        { stream: wanted.stream },
      );
    }
    seen.set(wanted.stream, wanted);
    const info = existing.get(wanted.stream);
    if (info !== undefined && !(await sameStream(store, info, wanted))) {
      throw new SimulatorError(
        'store.versionConflict',
        `${wanted.file ?? wanted.stream}: stream "${wanted.stream}" is already in the store with other events or metadata; import into another store, or under another scenario id`,
        { stream: wanted.stream, ...(wanted.file === undefined ? {} : { file: wanted.file }) },
      );
    }
    if (info === undefined) ops.push(...wanted.ops);
    imported.push({
      stream: wanted.stream,
      ...(wanted.file === undefined ? {} : { file: wanted.file }),
      kind: wanted.kind,
      status: info === undefined ? 'added' : 'unchanged',
      events: wanted.events.length,
      ...(wanted.forkedAt === undefined ? {} : { forkedAt: wanted.forkedAt }),
    });
  }
  if (ops.length > 0) {
    try {
      await store.commit(ops);
    } catch (e) {
      throw locatedInFile(e, seen);
    }
  }
  return imported;
};
