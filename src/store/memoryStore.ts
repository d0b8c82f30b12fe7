import type { StreamEvent } from './commit.js';
import { planCommit, streamNotFound } from './commit.js';
import { systemStoreDeps } from './defaultDeps.js';
import type { AppendResult, EventStore, RecordedEvent, StoreDeps, WriteOp } from './eventStore.js';
import type { EventRecord, StoreRecord } from './records.js';
import { emptyIndex, indexRecord, recordedEventOf, streamInfos } from './records.js';
import { readFilter } from './readFilter.js';

/** A lazily started generator served as an async iterable: memory has nothing to wait for. */
const asyncOf = <T>(start: () => Iterator<T>): AsyncIterable<T> => ({
  [Symbol.asyncIterator]: () => {
    let items: Iterator<T> | undefined;
    return {
      next: () => new Promise<IteratorResult<T>>((resolve) => resolve((items ??= start()).next())),
      return: (value?: unknown) => {
        items?.return?.(value);
        return Promise.resolve({ done: true as const, value: undefined });
      },
    };
  },
});

/**
 * An event store held in memory, for tests and scratch work: the same records, checks and hash
 * chain as the file store, without the file.
 * @example
 * const store = createMemoryStore({ now: () => '2025-01-01T00:00:00.000Z', newId: counterIds() });
 * await store.append('H.1', [introduced], { expectedVersion: 'noStream', metadata: { jurisdiction: 'KZ' } });
 */
export const createMemoryStore = (deps: Partial<StoreDeps> = {}): EventStore => {
  const storeDeps: StoreDeps = { ...systemStoreDeps, ...deps };
  const records: StoreRecord[] = [];
  const byStream = new Map<string, EventRecord[]>();
  const index = emptyIndex();
  const eventsOf = (stream: string): StreamEvent[] =>
    (byStream.get(stream) ?? []).map((r) => ({ event: r.event, validated: r.unchecked !== true }));

  const apply = (ops: readonly WriteOp[]) => {
    const plan = planCommit({ index, eventsOf }, ops, storeDeps);
    for (const record of plan.records) {
      records.push(record);
      indexRecord(index, record);
      if (record.kind === 'event') {
        const list = byStream.get(record.stream) ?? [];
        list.push(record);
        byStream.set(record.stream, list);
      }
    }
    return plan.results;
  };
  // The executor runs at once, so a commit is atomic; a thrown error becomes a rejection.
  const commit = (ops: readonly WriteOp[]) =>
    new Promise<readonly AppendResult[]>((resolve) => resolve(apply(ops)));
  const single = async (op: WriteOp) => {
    const [result] = await commit([op]);
    if (result === undefined) throw new Error('a one-op commit gives one result');
    return result;
  };

  return {
    commit,
    append: (stream, events, options) => single({ type: 'append', stream, events, ...options }),
    fork: (stream, atVersion, newStream, options = {}) =>
      single({ type: 'fork', stream, atVersion, newStream, ...options }),
    read: (stream, options) =>
      asyncOf(function* () {
        const decide = readFilter(options);
        if (!index.streams.has(stream)) throw streamNotFound(stream);
        for (const record of (byStream.get(stream) ?? []).slice()) {
          const decision = decide(record.version, record.event.at);
          if (decision === 'stop') return;
          if (decision === 'take') yield recordedEventOf(record);
        }
      }),
    readAll: (options = {}) =>
      asyncOf(function* (): Generator<RecordedEvent> {
        const end = records.length;
        for (let i = Math.max(0, (options.fromPosition ?? 1) - 1); i < end; i++) {
          const record = records[i];
          if (record?.kind === 'event') yield recordedEventOf(record);
        }
      }),
    info: (stream) => {
      const info = index.streams.get(stream);
      return info === undefined
        ? Promise.reject(streamNotFound(stream))
        : Promise.resolve({ ...info });
    },
    streams: () => Promise.resolve(streamInfos(index)),
    close: () => Promise.resolve(),
  };
};
