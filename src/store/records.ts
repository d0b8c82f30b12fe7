import * as crypto from 'node:crypto';
import type { BillEvent } from '../domain/events.js';
import type { RecordedEvent, StreamInfo, StreamMetadata } from './eventStore.js';

/**
 * The records of the log, one per line of `events.jsonl` (docs/store.md). A record's body is its
 * canonical JSON (keys sorted, no spaces) without `hash`; the body holds `prev`, the previous
 * record's hash, so `hash = sha256(body)` chains every record to the one before. The line is the
 * body with `"hash"` appended as its last key, so the body can be checked byte for byte.
 */
export const GENESIS = '0'.repeat(64);

type RecordBase = Readonly<{
  id: string;
  /** Global position, 1 for the first record: the line number in a file never recovered. */
  pos: number;
  prev: string;
  hash: string;
  recordedAt: string;
  /** Set on every record of a write but its last: a write without its last record never completed. */
  more?: true;
}>;

/** A stream's first record: what replaying it needs. */
export type StreamRecord = RecordBase &
  Readonly<{
    kind: 'stream';
    stream: string;
    metadata: StreamMetadata;
    forkedFrom?: Readonly<{ stream: string; version: number }>;
  }>;

export type EventRecord = RecordBase &
  Readonly<{ kind: 'event'; stream: string; version: number; event: BillEvent; unchecked?: true }>;

/**
 * What ends a torn last line before the recovery record: not just a newline, which would turn a
 * write torn right before its final newline into a whole record; no record can end with it.
 */
export const TORN_LINE_END = ' ~torn\n';

/** The bytes of an unfinished write, left in place: `offset` is where the last complete write ended. */
export type Discarded = Readonly<{ offset: number; bytes: number; line: number }>;

/**
 * Written by the next writer after a crash tore a write: it marks the torn bytes just before it
 * as discarded (they hold no acknowledged event) and chains on from the last complete record.
 */
export type RecoveryRecord = RecordBase & Readonly<{ kind: 'recovery'; discarded: Discarded }>;

export type StoreRecord = StreamRecord | EventRecord | RecoveryRecord;

/** A record before it is chained: everything but `pos`, `prev` and `hash`. */
export type RecordDraft =
  | Omit<StreamRecord, 'pos' | 'prev' | 'hash'>
  | Omit<EventRecord, 'pos' | 'prev' | 'hash'>
  | Omit<RecoveryRecord, 'pos' | 'prev' | 'hash'>;

/** JSON with object keys sorted at every depth and `undefined` members left out. */
export const canonicalJson = (value: unknown): string => {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++)
      out += `${i === 0 ? '' : ','}${canonicalJson((value[i] as unknown) ?? null)}`;
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const member = object[key];
    if (member === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
};

/** sha256 in hex; the one-shot `crypto.hash` where Node has it (20.12+), it is faster. */
export const sha256: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text)
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

const HASH_KEY = ',"hash":"';
/** The length of `,"hash":"<64 characters>"}`, the end of every record's line. */
export const HASH_SUFFIX_LENGTH = HASH_KEY.length + 64 + '"}'.length;

/** The line ends with `,"hash":"<64 characters>"}` (checked by position: no scan of the line). */
const endsWithHash = (line: string): boolean =>
  line.length > HASH_SUFFIX_LENGTH &&
  line.startsWith(HASH_KEY, line.length - HASH_SUFFIX_LENGTH) &&
  line.endsWith('"}');

/** Chains a draft after `prev` at position `pos`: the record and its line (with the newline). */
export const sealRecord = (
  draft: RecordDraft,
  pos: number,
  prev: string,
): { record: StoreRecord; line: string } => {
  const body = canonicalJson({ ...draft, pos, prev });
  const hash = sha256(body);
  return {
    record: { ...draft, pos, prev, hash },
    line: `${body.slice(0, -1)},"hash":"${hash}"}\n`,
  };
};

/** True when the line's body still hashes to the hash it carries (the record was not edited). */
export const lineHashMatches = (line: string, record: StoreRecord): boolean =>
  sha256(`${line.slice(0, line.length - HASH_SUFFIX_LENGTH)}}`) === record.hash;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isPositiveInt = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
// A wrong but well-sized hash cannot pass: `prev` must equal the hash computed before it.
const isHash = (v: unknown): v is string => typeof v === 'string' && v.length === 64;

/**
 * Parses one line (without its newline) into a record, checking its shape but not its hash
 * (`lineHashMatches`) nor its place in the chain. Returns why it is not a record otherwise.
 */
export const parseRecordLine = (line: string): StoreRecord | string => {
  if (!endsWithHash(line)) return 'it does not end with the record hash';
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return 'it is not valid JSON';
  }
  if (!isObject(raw)) return 'it is not a JSON object';
  const { kind, id, pos, prev, recordedAt, stream, more } = raw;
  if (typeof id !== 'string' || typeof recordedAt !== 'string')
    return 'it lacks its id or recordedAt';
  if (!isPositiveInt(pos) || !isHash(prev)) return 'it lacks its position or previous hash';
  if (more !== undefined && more !== true) return '"more" must be true when present';
  if (kind === 'recovery') {
    const { discarded } = raw;
    if (
      !isObject(discarded) ||
      !isNat(discarded['offset']) ||
      !isPositiveInt(discarded['bytes']) ||
      !isPositiveInt(discarded['line'])
    )
      return 'a recovery record needs the offset, size and line of what it discards';
    return raw as RecoveryRecord;
  }
  if (typeof stream !== 'string') return 'it lacks its stream';
  if (kind === 'stream') {
    const { metadata, forkedFrom } = raw;
    if (!isObject(metadata) || typeof metadata['jurisdiction'] !== 'string')
      return 'a stream record needs its metadata';
    if (forkedFrom !== undefined && !isObject(forkedFrom)) return '"forkedFrom" is malformed';
    return raw as StreamRecord;
  }
  if (kind === 'event') {
    const { version, event, unchecked } = raw;
    if (!isPositiveInt(version)) return 'an event record needs its version';
    if (!isObject(event) || typeof event['type'] !== 'string' || typeof event['at'] !== 'string')
      return 'an event record needs an event with a type and a date';
    if (unchecked !== undefined && unchecked !== true)
      return '"unchecked" must be true when present';
    return raw as EventRecord;
  }
  return `"${String(kind)}" is not a record kind`;
};

export const recordedEventOf = (record: EventRecord): RecordedEvent => ({
  ...record.event,
  meta: {
    id: record.id,
    stream: record.stream,
    version: record.version,
    globalPosition: record.pos,
    recordedAt: record.recordedAt,
    hash: record.hash,
    validated: record.unchecked !== true,
  },
});

/** A stream in the index, updated in place as its events are read (callers get copies). */
export type IndexEntry = { -readonly [K in keyof StreamInfo]: StreamInfo[K] };

/** Streams and the store's head: what a writer needs to check versions and chain new records. */
export type StoreIndex = {
  pos: number;
  head: string;
  streams: Map<string, IndexEntry>;
};

/** Copies of the index's entries, in creation order, for callers. */
export const streamInfos = (index: StoreIndex): StreamInfo[] =>
  [...index.streams.values()].map((entry) => ({ ...entry }));

export const emptyIndex = (): StoreIndex => ({ pos: 0, head: GENESIS, streams: new Map() });

/** Folds one record into the index (records come in order, already checked). */
export const indexRecord = (index: StoreIndex, record: StoreRecord): void => {
  index.pos = record.pos;
  index.head = record.hash;
  if (record.kind === 'stream') {
    index.streams.set(record.stream, {
      stream: record.stream,
      version: 0,
      metadata: record.metadata,
      createdAt: record.recordedAt,
      globalPosition: record.pos,
      ...(record.forkedFrom === undefined ? {} : { forkedFrom: record.forkedFrom }),
    });
    return;
  }
  if (record.kind === 'recovery') return;
  const entry = index.streams.get(record.stream);
  if (entry !== undefined) entry.version = record.version;
};
