import type { Seats } from '../domain/chambers.js';
import type { BillEvent } from '../domain/events.js';
import type { Jurisdiction } from '../domain/procedure.js';

/**
 * The event store: every bill is a stream of events, appended under an expected version and read
 * back in order. Adapters: memoryStore.ts (tests, scratch work) and fileStore.ts (the embedded
 * default, a JSONL log in a directory). The same contract suite (tests/store) runs against both.
 */

/**
 * What an append expects of the stream: `'any'`, `'noStream'` (the stream does not exist yet) or
 * the exact number of events it holds now (0 for a stream that exists, or may be created, empty).
 */
export type ExpectedVersion = 'any' | 'noStream' | number;

/**
 * What replaying a stream needs besides its events; written once, in the stream's first record.
 * `asOf` is the date the stream is replayed as of by default (a scenario's `asOf`).
 */
export type StreamMetadata = Readonly<{
  jurisdiction: Jurisdiction;
  procedure?: string;
  seats?: Seats;
  title?: string;
  asOf?: string;
  /** `conformance`: a real history that broke a rule; its breaches are validated as anomalies. */
  mode?: 'conformance';
}>;

/** The envelope the store adds to an event, kept apart from the event itself. */
export type EventMeta = Readonly<{
  /** A nanoid (from the injected id generator). */
  id: string;
  stream: string;
  /** 1 for the stream's first event. */
  version: number;
  /** Position in the whole store, strictly increasing (stream records take positions too). */
  globalPosition: number;
  /** When the store wrote it (from the injected clock); `at` is when it happened. */
  recordedAt: string;
  /** sha256 of the record, which holds the previous record's hash: the chain `verify` checks. */
  hash: string;
  /** False when appended with `validate: false`: the procedure never checked it. */
  validated: boolean;
}>;

export type RecordedEvent<E extends BillEvent = BillEvent> = E & Readonly<{ meta: EventMeta }>;

export type StreamInfo = Readonly<{
  stream: string;
  /** How many events it holds. */
  version: number;
  metadata: StreamMetadata;
  createdAt: string;
  /** Global position of the stream's own record. */
  globalPosition: number;
  forkedFrom?: Readonly<{ stream: string; version: number }>;
}>;

export type AppendOptions = Readonly<{
  expectedVersion: ExpectedVersion;
  /** Required to create the stream; if given for an existing stream it must be the same. */
  metadata?: StreamMetadata;
  /**
   * Replay the stream plus the new events in strict mode and refuse what the procedure rejects.
   * With `false` the events are still checked for shape and stored marked `validated: false`.
   * @defaultValue true
   */
  validate?: boolean;
}>;

export type ForkOptions = Readonly<{
  /** Overrides of the source's metadata (a branch replayed under another procedure). */
  metadata?: Partial<StreamMetadata>;
  /** @defaultValue true */
  validate?: boolean;
}>;

export type ReadOptions = Readonly<{
  /** @defaultValue 1 */
  fromVersion?: number;
  toVersion?: number;
  /** A calendar date: the events up to it, as `replay --as-of` takes them (the first later event ends the read). */
  asOf?: string;
}>;

export type ReadAllOptions = Readonly<{ fromPosition?: number }>;

/** One write: an append, or a fork (a new stream that starts as a copy of another's first events). */
export type WriteOp =
  | (Readonly<{ type: 'append'; stream: string; events: readonly BillEvent[] }> & AppendOptions)
  | (Readonly<{ type: 'fork'; stream: string; atVersion: number; newStream: string }> &
      ForkOptions);

export type AppendResult = Readonly<{
  stream: string;
  /** The stream's version after the write: the next append expects it. */
  version: number;
  /** Global position of the last record written (or of the store's head when nothing was). */
  globalPosition: number;
  events: readonly RecordedEvent[];
}>;

export type EventStore = Readonly<{
  append: (
    stream: string,
    events: readonly BillEvent[],
    options: AppendOptions,
  ) => Promise<AppendResult>;
  /** Starts `newStream` with the first `atVersion` events of `stream` (copied, new ids). */
  fork: (
    stream: string,
    atVersion: number,
    newStream: string,
    options?: ForkOptions,
  ) => Promise<AppendResult>;
  /** Several writes, all or nothing, in one durable write; `append` and `fork` are one-op commits. */
  commit: (ops: readonly WriteOp[]) => Promise<readonly AppendResult[]>;
  /** The stream's events in order; `store.notFound` if it does not exist. Streams from disk. */
  read: (stream: string, options?: ReadOptions) => AsyncIterable<RecordedEvent>;
  /** Every event of every stream, in global order. */
  readAll: (options?: ReadAllOptions) => AsyncIterable<RecordedEvent>;
  info: (stream: string) => Promise<StreamInfo>;
  /** Every stream, in the order they were created. */
  streams: () => Promise<readonly StreamInfo[]>;
  close: () => Promise<void>;
}>;

/** Where time and identity come from: injected, so tests are deterministic. */
export type StoreDeps = Readonly<{
  /** The `recordedAt` timestamp of a write (ISO 8601). */
  now: () => string;
  /** A new event id. */
  newId: () => string;
}>;

/** Collects a read into an array (for streams small enough to hold). */
export const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

/** The event without its envelope, as replay and scenario files take it. */
export const eventOf = (recorded: RecordedEvent): BillEvent => {
  const { type, at, data, source, note } = recorded;
  return {
    type,
    at,
    data,
    ...(source === undefined ? {} : { source }),
    ...(note === undefined ? {} : { note }),
  } as BillEvent;
};
