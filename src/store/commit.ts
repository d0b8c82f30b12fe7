import { parseEvent } from '../domain/eventSchema.js';
import { SimulatorError, assertNever, isSimulatorError } from '../domain/errors.js';
import type { BillEvent } from '../domain/events.js';
import { replay } from '../replay/replay.js';
import type {
  AppendResult,
  ExpectedVersion,
  StoreDeps,
  StreamInfo,
  StreamMetadata,
  WriteOp,
} from './eventStore.js';
import type { RecordDraft, StoreIndex, StoreRecord } from './records.js';
import { canonicalJson, recordedEventOf, sealRecord } from './records.js';
import { parseStreamMetadata, parseStreamName } from './streamMetadata.js';

/** An event of a stream as validation and forks need it. */
export type StreamEvent = Readonly<{ event: BillEvent; validated: boolean }>;

/** What a commit is planned against: the store's index and the events of its streams. */
export type CommitBase = Readonly<{
  index: StoreIndex;
  /** The events of a stream the index holds, in order (asked only when validating or forking). */
  eventsOf: (stream: string) => readonly StreamEvent[];
}>;

export type CommitPlan = Readonly<{
  records: readonly StoreRecord[];
  /** The lines to append, each ending in a newline. */
  text: string;
  results: readonly AppendResult[];
}>;

export const versionConflict = (
  stream: string,
  expected: ExpectedVersion,
  current: StreamInfo | undefined,
): SimulatorError =>
  new SimulatorError(
    'store.versionConflict',
    current === undefined
      ? `Stream "${stream}" does not exist, but version ${String(expected)} was expected`
      : expected === 'noStream'
        ? `Stream "${stream}" already exists (version ${current.version}), but no stream was expected`
        : `Stream "${stream}" is at version ${current.version}, not ${String(expected)} as expected: it changed since it was read`,
    { stream, expected, actual: current?.version ?? null },
  );

export const streamNotFound = (stream: string): SimulatorError =>
  new SimulatorError('store.notFound', `There is no stream "${stream}" in the store`, { stream });

const checkExpected = (
  stream: string,
  current: StreamInfo | undefined,
  expected: ExpectedVersion,
): void => {
  if (expected === 'any') return;
  if (expected === 'noStream') {
    if (current !== undefined) throw versionConflict(stream, expected, current);
    return;
  }
  if (!Number.isInteger(expected) || expected < 0) {
    throw new SimulatorError(
      'input.invalidOption',
      `expectedVersion must be 'any', 'noStream' or a whole number ≥ 0, not ${JSON.stringify(expected)}`,
      { expected },
    );
  }
  // 0 also admits a stream that does not exist yet (its metadata then creates it).
  if ((current?.version ?? 0) !== expected) throw versionConflict(stream, expected, current);
};

const parseEventsFor = (stream: string, raws: readonly unknown[]): BillEvent[] => {
  if (!Array.isArray(raws))
    throw new SimulatorError('input.invalidEvent', `Stream "${stream}": events must be an array`);
  return raws.map((raw, index) => {
    try {
      return parseEvent(raw, { index });
    } catch (e) {
      if (!isSimulatorError(e)) throw e;
      throw new SimulatorError(e.code, `Stream "${stream}": ${e.message}`, {
        ...e.details,
        stream,
      });
    }
  });
};

/** Strict replay of a whole history; an error names the stream and the version it stops at. */
const validateHistory = (
  stream: string,
  metadata: StreamMetadata,
  events: readonly BillEvent[],
  stored: number,
): void => {
  try {
    replay(events, {
      ...(metadata.procedure === undefined
        ? { jurisdiction: metadata.jurisdiction }
        : { procedure: metadata.procedure }),
      ...(metadata.seats === undefined ? {} : { seats: metadata.seats }),
      // A real history that broke a rule is stored as it happened: its breaches are anomalies.
      mode: metadata.mode ?? 'strict',
    });
  } catch (e) {
    const index = isSimulatorError(e) ? e.details['index'] : undefined;
    if (!isSimulatorError(e) || typeof index !== 'number') throw e;
    const old = index < stored ? ' (an event already stored without validation)' : '';
    throw new SimulatorError(
      e.code,
      `Stream "${stream}", version ${index + 1}${old}: ${e.message}`,
      { ...e.details, stream, version: index + 1 },
    );
  }
};

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Checks a commit against the store and turns it into chained records: expected versions, stream
 * names, metadata, event shapes and (unless `validate: false`) a strict replay of every stream it
 * touches. Throws the first problem; nothing is written then. Pure but for `deps`.
 */
export const planCommit = (
  base: CommitBase,
  ops: readonly WriteOp[],
  deps: StoreDeps,
): CommitPlan => {
  const changed = new Map<string, StreamInfo>();
  const added = new Map<string, StreamEvent[]>();
  const drafts: RecordDraft[] = [];
  const spans: { stream: string; from: number; version: number }[] = [];
  const recordedAt = deps.now();
  const infoOf = (s: string) => changed.get(s) ?? base.index.streams.get(s);
  const eventsOf = (s: string): StreamEvent[] => [
    ...(base.index.streams.has(s) ? base.eventsOf(s) : []),
    ...(added.get(s) ?? []),
  ];
  const record = (stream: string, version: number, events: readonly StreamEvent[]) => {
    for (const [i, e] of events.entries()) {
      drafts.push({
        kind: 'event',
        id: deps.newId(),
        recordedAt,
        stream,
        version: version + i + 1,
        event: e.event,
        ...(e.validated ? {} : { unchecked: true as const }),
      });
    }
    added.set(stream, [...(added.get(stream) ?? []), ...events]);
  };
  const create = (
    stream: string,
    metadata: StreamMetadata,
    forkedFrom?: StreamInfo['forkedFrom'],
  ): StreamInfo => {
    drafts.push({
      kind: 'stream',
      id: deps.newId(),
      recordedAt,
      stream,
      metadata,
      ...(forkedFrom === undefined ? {} : { forkedFrom }),
    });
    return { stream, version: 0, metadata, createdAt: recordedAt, globalPosition: 0 };
  };

  for (const op of ops) {
    const from = drafts.length;
    switch (op.type) {
      case 'append': {
        const stream = parseStreamName(op.stream);
        const current = infoOf(stream);
        checkExpected(stream, current, op.expectedVersion);
        const events = parseEventsFor(stream, op.events);
        let info = current;
        if (info === undefined) {
          if (op.metadata === undefined) {
            throw new SimulatorError(
              'store.invalidMetadata',
              `Stream "${stream}" does not exist yet: creating it needs its metadata (at least the jurisdiction)`,
              { stream },
            );
          }
          info = create(stream, parseStreamMetadata(op.metadata, stream));
        } else if (
          op.metadata !== undefined &&
          canonicalJson(parseStreamMetadata(op.metadata, stream)) !== canonicalJson(info.metadata)
        ) {
          throw new SimulatorError(
            'store.invalidMetadata',
            `Stream "${stream}" already exists with other metadata (${canonicalJson(info.metadata)})`,
            { stream },
          );
        }
        const validate = op.validate ?? true;
        if (validate && events.length > 0) {
          const stored = eventsOf(stream);
          validateHistory(
            stream,
            info.metadata,
            [...stored.map((s) => s.event), ...events],
            stored.length,
          );
        }
        record(
          stream,
          info.version,
          events.map((event) => ({ event, validated: validate })),
        );
        changed.set(stream, { ...info, version: info.version + events.length });
        spans.push({ stream, from, version: info.version + events.length });
        break;
      }
      case 'fork': {
        const source = parseStreamName(op.stream);
        const target = parseStreamName(op.newStream);
        const info = infoOf(source);
        if (info === undefined) throw streamNotFound(source);
        const at = op.atVersion;
        if (!Number.isInteger(at) || at < 0 || at > info.version) {
          throw new SimulatorError(
            'input.invalidOption',
            `Cannot fork "${source}" at version ${String(at)}: it has ${info.version} events`,
            { stream: source, atVersion: at, version: info.version },
          );
        }
        const existing = infoOf(target);
        if (existing !== undefined) throw versionConflict(target, 'noStream', existing);
        const metadata = parseStreamMetadata(
          { ...info.metadata, ...definedOnly(op.metadata ?? {}) },
          target,
        );
        const same = canonicalJson(metadata) === canonicalJson(info.metadata);
        const copies = eventsOf(source).slice(0, at);
        const check =
          (op.validate ?? true) && at > 0 && (!same || copies.some((c) => !c.validated));
        if (check)
          validateHistory(
            target,
            metadata,
            copies.map((c) => c.event),
            0,
          );
        const created = create(target, metadata, { stream: source, version: at });
        record(
          target,
          0,
          copies.map((c) => ({ event: c.event, validated: check || (same && c.validated) })),
        );
        changed.set(target, { ...created, version: at });
        spans.push({ stream: target, from, version: at });
        break;
      }
      default:
        return assertNever(op, 'planCommit');
    }
  }
  return seal(base.index, drafts, spans);
};

const seal = (
  index: StoreIndex,
  drafts: readonly RecordDraft[],
  spans: readonly { stream: string; from: number; version: number }[],
): CommitPlan => {
  const records: StoreRecord[] = [];
  const lines: string[] = [];
  let prev = index.head;
  for (const [i, draft] of drafts.entries()) {
    const sealed = sealRecord(
      i < drafts.length - 1 ? { ...draft, more: true } : draft,
      index.pos + i + 1,
      prev,
    );
    records.push(sealed.record);
    lines.push(sealed.line);
    prev = sealed.record.hash;
  }
  const results = spans.map((span, i): AppendResult => {
    const to = spans[i + 1]?.from ?? records.length;
    const own = records.slice(span.from, to);
    return {
      stream: span.stream,
      version: span.version,
      globalPosition: own.at(-1)?.pos ?? index.pos + span.from,
      events: own.flatMap((r) => (r.kind === 'event' ? [recordedEventOf(r)] : [])),
    };
  });
  return { records, text: lines.join(''), results };
};
