import {
  closeSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
} from 'node:fs';
import { join } from 'node:path';
import { writeFully } from './logFile.js';
import type { StreamMetadata } from './eventStore.js';
import type { Cursor, Span } from './logScanner.js';
import type { IndexEntry, StoreIndex, StreamRecord } from './records.js';
import { canonicalJson, lineHashMatches, parseRecordLine, sha256 } from './records.js';
import type { Run, StreamRuns } from './streamRuns.js';

/**
 * The checkpoint of the index (docs/store.md): derived, disposable data next to the log, so a
 * process that opens the store reads only what was written since. Two lines: a header (format,
 * the log's inode, the cursor it was taken at, a sha256 of both lines) and where things are in the
 * log: each stream's record and the runs of its events, and the recovery records. It holds no
 * fact of its own: a stream's metadata, creation and fork origin are read from the stream's
 * record in the log, and each run of events is checked against the records that begin and end it, so a
 * checkpoint edited by hand (its unkeyed checksum recomputed) cannot change a result; see
 * `checkAgainstLog`. It is used only if the log still holds, ending at the cursor's offset, the
 * record with the cursor's head hash; otherwise it is ignored and the log read from the start.
 */
export const CHECKPOINT_FILE = 'index.json';
const TEMP_FILE = 'index.json.tmp';
const FORMAT = 'legisim-index/2';
const NEWLINE = 0x0a;

/** Where the records that are not events are: each stream's first record, and the recoveries. */
export type Places = {
  streamRecords: Map<string, Span>;
  recoveries: Span[];
};

export const emptyPlaces = (): Places => ({ streamRecords: new Map(), recoveries: [] });

export type Checkpoint = Readonly<{
  cursor: Cursor;
  index: StoreIndex;
  runs: StreamRuns;
  places: Places;
  /** Its size on disk. */
  bytes: number;
}>;

/** The log as the checkpoint must match it: its inode and (at least) its size. */
export type LogFacts = Readonly<{ ino: number; size: number }>;

type Header = Readonly<{ format: string; ino: number; cursor: Cursor }>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
// Shape only: a run's hash is compared with the record read, the head's with the log's record.
const isHash = (v: unknown): v is string => typeof v === 'string' && v.length === 64;

const checksum = (header: Header, body: string): string =>
  sha256(`${canonicalJson(header)}\n${body}`);

/**
 * The body: a row per stream, `[stream, version, recordStart, recordEnd, recordLine, ...runs]`
 * with each run as `start, end, line, hash` (flat rows parse several times faster than objects),
 * and the recovery records as `[start, end, line]`.
 */
const encodeBody = (index: StoreIndex, runs: StreamRuns, places: Places): string => {
  const streams = [...index.streams.values()].map((entry) => {
    const record = places.streamRecords.get(entry.stream);
    if (record === undefined) throw new Error(`stream ${entry.stream} has no record indexed`);
    const row: unknown[] = [entry.stream, entry.version, record.start, record.end, record.line];
    for (const r of runs.get(entry.stream) ?? []) row.push(r.start, r.end, r.line, r.hash);
    return row;
  });
  const recoveries = places.recoveries.map((r) => [r.start, r.end, r.line]);
  return JSON.stringify({ streams, recoveries });
};

/**
 * Writes the checkpoint atomically (a temporary file, fsync, rename), so a crash leaves the old
 * one or the new one, never a mix. Call it under the store's write lock. Returns its size.
 */
export const writeCheckpoint = (
  dir: string,
  ino: number,
  cursor: Cursor,
  index: StoreIndex,
  runs: StreamRuns,
  places: Places,
): number => {
  const body = encodeBody(index, runs, places);
  const header: Header = { format: FORMAT, ino, cursor };
  const text = Buffer.from(
    `${JSON.stringify({ ...header, sha256: checksum(header, body) })}\n${body}\n`,
  );
  const temp = join(dir, TEMP_FILE);
  const fd = openSync(temp, 'w');
  try {
    writeFully(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, join(dir, CHECKPOINT_FILE));
  return text.length;
};

/** The last line of the log before `end` (which must end a line), read backwards in growing windows. */
const lineEndingAt = (fd: number, end: number): string | undefined => {
  for (let window = 1 << 16; ; window *= 8) {
    const length = Math.min(end, window);
    const buffer = Buffer.allocUnsafe(length);
    if (readSync(fd, buffer, 0, length, end - length) !== length) return undefined;
    if (buffer[length - 1] !== NEWLINE) return undefined;
    const previous = length < 2 ? -1 : buffer.lastIndexOf(NEWLINE, length - 2);
    if (previous !== -1 || length === end) return buffer.toString('utf8', previous + 1, length - 1);
    if (window >= 1 << 26) return undefined; // a 64 MiB line is no record of ours
  }
};

/** Why the log does not end, at the cursor's offset, with the record the cursor was taken after. */
const headMismatch = (fd: number, cursor: Cursor): string | undefined => {
  const line = lineEndingAt(fd, cursor.offset);
  const record = line === undefined ? 'no line' : parseRecordLine(line);
  if (line === undefined || typeof record === 'string')
    return 'the log holds no record where the checkpoint says it was read to';
  return record.hash !== cursor.head ||
    record.pos !== cursor.pos ||
    record.more === true ||
    !lineHashMatches(line, record)
    ? 'the log holds another record where the checkpoint says it was read to'
    : undefined;
};

const parseHeader = (raw: unknown): (Header & { sha256: string }) | undefined => {
  if (!isObject(raw) || raw['format'] !== FORMAT || !isNat(raw['ino']) || !isHash(raw['sha256']))
    return undefined;
  const cursor = raw['cursor'];
  if (
    !isObject(cursor) ||
    !isNat(cursor['offset']) ||
    !isNat(cursor['line']) ||
    !isNat(cursor['pos']) ||
    !isHash(cursor['head'])
  )
    return undefined;
  const { offset, line, pos, head } = cursor;
  return {
    format: FORMAT,
    ino: raw['ino'],
    cursor: { offset, line, pos, head },
    sha256: raw['sha256'],
  };
};

const ROW = 5; // stream, version, recordStart, recordEnd, recordLine; then runs

const parseRuns = (row: readonly unknown[], limit: number): Run[] | undefined => {
  const runs: Run[] = [];
  let after = 0;
  for (let i = ROW; i < row.length; i += 4) {
    const start = row[i];
    const end = row[i + 1];
    const line = row[i + 2];
    const hash = row[i + 3];
    if (!isNat(start) || !isNat(end) || !isNat(line) || !isHash(hash)) return undefined;
    if (start < after || end <= start || end > limit || line < 1) return undefined;
    runs.push({ start, end, line, hash });
    after = end;
  }
  return runs;
};

const parseSpan = (start: unknown, end: unknown, line: unknown, limit: number): Span | undefined =>
  isNat(start) && isNat(end) && isNat(line) && start < end && end <= limit && line >= 1
    ? { start, end, line }
    : undefined;

/** What the body claims, before it is checked against the log. */
type Claims = {
  streams: { stream: string; version: number; record: Span; runs: Run[] }[];
  recoveries: Span[];
};

const parseBody = (body: string, limit: number): Claims | undefined => {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isObject(raw) || !Array.isArray(raw['streams']) || !Array.isArray(raw['recoveries']))
    return undefined;
  const claims: Claims = { streams: [], recoveries: [] };
  const seen = new Set<string>();
  for (const item of raw['streams'] as unknown[]) {
    if (!Array.isArray(item) || item.length < ROW || (item.length - ROW) % 4 !== 0)
      return undefined;
    const row = item as unknown[];
    const [stream, version] = row;
    const record = parseSpan(row[2], row[3], row[4], limit);
    const runs = parseRuns(row, limit);
    if (typeof stream !== 'string' || seen.has(stream) || !isNat(version)) return undefined;
    if (record === undefined || runs === undefined || (version === 0) !== (runs.length === 0))
      return undefined;
    seen.add(stream);
    claims.streams.push({ stream, version, record, runs });
  }
  for (const item of raw['recoveries'] as unknown[]) {
    const span = Array.isArray(item) ? parseSpan(item[0], item[1], item[2], limit) : undefined;
    if (span === undefined) return undefined;
    claims.recoveries.push(span);
  }
  return claims;
};

/**
 * Reads spans of the log through one 1 MiB window: checking a checkpoint reads a few lines per
 * stream, mostly in the order of the log, so one read serves many (a read a line was the cost).
 */
const spanReader = (fd: number, size: number) => {
  let window = Buffer.alloc(0);
  let at = 0;
  /**
   * Bytes `[start, end)` of the log, or undefined if they cannot all be read or do not begin a
   * line (the byte before must be a newline, or start be 0).
   */
  return (start: number, end: number, lineStart = true): Buffer | undefined => {
    const from = Math.max(0, start - 1);
    if (end <= start || end > size || end - from > 1 << 26) return undefined;
    if (from < at || end > at + window.length) {
      const length = Math.min(size - from, Math.max(1 << 20, end - from));
      window = Buffer.allocUnsafe(length);
      at = from;
      if (readSync(fd, window, 0, length, from) !== length) {
        window = Buffer.alloc(0);
        return undefined;
      }
    }
    if (lineStart && start > 0 && window[start - 1 - at] !== NEWLINE) return undefined;
    return window.subarray(start - at, end - at);
  };
};

type ReadSpan = ReturnType<typeof spanReader>;

type StreamFacts = Pick<StreamRecord, 'stream' | 'metadata' | 'recordedAt' | 'pos' | 'forkedFrom'>;

/** Parses a small piece of JSON, or undefined. */
const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * The value after `key` in `line`, searched from `from`, up to the next `,` or `}`: for numbers and
 * for strings that need no escapes (stream names and ISO times), cut rather than parsed.
 */
const valueAfter = (line: string, key: string, from: number): string | undefined => {
  const at = line.indexOf(key, from);
  if (at === -1) return undefined;
  const start = at + key.length;
  let end = start;
  while (end < line.length && line[end] !== ',' && line[end] !== '}') end += 1;
  return line.slice(start, end);
};

const unquoted = (text: string | undefined): string | undefined =>
  text !== undefined &&
  text.length >= 2 &&
  text.startsWith('"') &&
  text.endsWith('"') &&
  !text.includes('\\')
    ? text.slice(1, -1)
    : undefined;

const natural = (text: string | undefined): number | undefined => {
  const n = text === undefined || !/^\d+$/.test(text) ? NaN : Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
};

/**
 * The facts of the stream record on the line `[start, end)` of the log. Its canonical key order
 * (`forkedFrom?`, `id`, `kind`, `metadata`, `more?`, `pos`, `prev`, `recordedAt`, `stream`, then
 * `hash`) lets the line be cut rather than parsed whole (no string value can hold these keys with
 * their quotes unescaped, and stream names and times need no escapes), and the metadata be parsed
 * once per distinct text (most streams of a store share theirs).
 */
const streamRecordAt = (
  read: ReadSpan,
  start: number,
  end: number,
  metadataOf: (text: string) => StreamMetadata | undefined,
): StreamFacts | undefined => {
  const bytes = read(start, end);
  if (bytes?.[bytes.length - 1] !== NEWLINE) return undefined;
  const line = bytes.toString('utf8', 0, bytes.length - 1);
  const METADATA = '"kind":"stream","metadata":';
  const from = line.indexOf(METADATA);
  const tailAt = line.lastIndexOf(',"pos":');
  if (from === -1 || tailAt < from) return undefined;
  const more = ',"more":true';
  const metadataEnd = line.endsWith(more, tailAt) ? tailAt - more.length : tailAt;
  const metadata = metadataOf(line.slice(from + METADATA.length, metadataEnd));
  const pos = natural(valueAfter(line, '"pos":', tailAt));
  const recordedAt = unquoted(valueAfter(line, ',"recordedAt":', tailAt));
  const stream = unquoted(valueAfter(line, ',"stream":', tailAt));
  if (
    metadata === undefined ||
    pos === undefined ||
    recordedAt === undefined ||
    stream === undefined
  )
    return undefined;
  let forkedFrom: StreamFacts['forkedFrom'];
  if (line.startsWith('{"forkedFrom":')) {
    const raw = parsed(line.slice('{"forkedFrom":'.length, line.indexOf(',"id":')));
    if (!isObject(raw) || typeof raw['stream'] !== 'string' || !isNat(raw['version']))
      return undefined;
    forkedFrom = { stream: raw['stream'], version: raw['version'] };
  }
  return { stream, metadata, recordedAt, pos, ...(forkedFrom === undefined ? {} : { forkedFrom }) };
};

/** Parses metadata texts, each once. */
const metadataParser = () => {
  const seen = new Map<string, StreamMetadata | undefined>();
  return (text: string): StreamMetadata | undefined => {
    if (seen.has(text)) return seen.get(text);
    let metadata: StreamMetadata | undefined;
    try {
      const raw: unknown = JSON.parse(text);
      metadata =
        isObject(raw) && typeof raw['jurisdiction'] === 'string'
          ? (raw as StreamMetadata)
          : undefined;
    } catch {
      metadata = undefined;
    }
    seen.set(text, metadata);
    return metadata;
  };
};

type EventFacts = Readonly<{ stream: string; version: number; hash: string }>;

/**
 * The end of an event record's line: the canonical key order puts `stream`, `unchecked?`,
 * `version` and then `hash` last, so a line of the log (trusted here: damage to it is `verify`'s
 * to find) is cut at its last `"stream":` key rather than parsed whole (stream names need no
 * escapes).
 */
const eventFacts = (bytes: Buffer): EventFacts | undefined => {
  const EVENT = '{"event":';
  if (bytes.toString('latin1', 0, EVENT.length) !== EVENT) return undefined;
  // Only the end is read, and as single bytes: all it holds there is ASCII (names, digits, hex).
  const line = bytes.toString('latin1', Math.max(0, bytes.length - 512));
  const at = line.lastIndexOf(',"stream":');
  const stream = at === -1 ? undefined : unquoted(valueAfter(line, ',"stream":', at));
  const version = natural(valueAfter(line, ',"version":', at));
  const HASH = ',"hash":"';
  const hashAt = line.length - HASH.length - 64 - 2;
  if (stream === undefined || version === undefined || !line.startsWith(HASH, hashAt))
    return undefined;
  return { stream, version, hash: line.slice(hashAt + HASH.length, -2) };
};

/** The first and last lines of a run of whole lines, read with as few reads as possible. */
const runEnds = (read: ReadSpan, run: Run): { first: Buffer; last: Buffer } | undefined => {
  const WINDOW = 1 << 14;
  if (run.end - run.start <= WINDOW) {
    const bytes = read(run.start, run.end);
    if (bytes?.[bytes.length - 1] !== NEWLINE) return undefined;
    const firstEnd = bytes.indexOf(NEWLINE);
    const lastStart = bytes.lastIndexOf(NEWLINE, bytes.length - 2) + 1;
    return { first: bytes.subarray(0, firstEnd), last: bytes.subarray(lastStart, -1) };
  }
  for (let window = WINDOW; window <= 1 << 26; window *= 8) {
    const head = read(run.start, run.start + window);
    const tail = read(run.end - window, run.end, false);
    if (head === undefined || tail === undefined) return undefined;
    const firstEnd = head.indexOf(NEWLINE);
    const lastStart = tail.lastIndexOf(NEWLINE, tail.length - 2);
    if (firstEnd !== -1 && lastStart !== -1 && tail[tail.length - 1] === NEWLINE)
      return { first: head.subarray(0, firstEnd), last: tail.subarray(lastStart + 1, -1) };
    if (window * 8 >= run.end - run.start) break;
  }
  return undefined;
};

/**
 * The stream's runs are what the log holds: each begins with the event after the one the run
 * before ended with (version 1 first) and ends with an event of the stream with the run's hash,
 * the last with the version claimed. A run's lines are consecutive and chained (checked when
 * read), so its first and last records fix how many it holds: no event can be left out.
 */
const runsHold = (read: ReadSpan, claim: Claims['streams'][number]): boolean => {
  let next = 1;
  for (const run of claim.runs) {
    const ends = runEnds(read, run);
    const first = ends === undefined ? undefined : eventFacts(ends.first);
    const last = ends === undefined ? undefined : eventFacts(ends.last);
    if (
      first?.stream !== claim.stream ||
      last?.stream !== claim.stream ||
      first.version !== next ||
      last.hash !== run.hash
    )
      return false;
    next = last.version + 1;
  }
  return next - 1 === claim.version;
};

/**
 * Binds the claims to the log, so a forged checkpoint is ignored rather than believed. Each
 * stream's record is read where the claim says (its metadata, creation and fork origin are taken
 * from it); each version claimed is the version of the event record that ends the stream's last
 * run; each recovery is a recovery record. Then the records claimed must add up to the cursor's
 * position, which the log pins (`headMismatch`). No claim can exceed the log (each names a real
 * record), so the sum holds only if no stream, event or recovery was left out: versions are exact.
 * Runs are checked when read: each record of the stream, versions contiguous from 1.
 */
const checkAgainstLog = (
  fd: number,
  cursor: Cursor,
  claims: Claims,
): Omit<Checkpoint, 'bytes'> | string => {
  const index: StoreIndex = { pos: cursor.pos, head: cursor.head, streams: new Map() };
  const runs: StreamRuns = new Map();
  const places = emptyPlaces();
  const disagrees = (what: string) => `${DISAGREES} (${what})`;
  const read = spanReader(fd, cursor.offset);
  const metadataOf = metadataParser();
  let records = 0;
  for (const claim of claims.streams) {
    const record = streamRecordAt(read, claim.record.start, claim.record.end, metadataOf);
    if (record?.stream !== claim.stream)
      return disagrees(`no record of stream "${claim.stream}" where it says`);
    if (!runsHold(read, claim)) return disagrees(`the runs of stream "${claim.stream}"`);
    const entry: IndexEntry = {
      stream: claim.stream,
      version: claim.version,
      metadata: record.metadata,
      createdAt: record.recordedAt,
      globalPosition: record.pos,
    };
    if (record.forkedFrom !== undefined) entry.forkedFrom = record.forkedFrom;
    index.streams.set(claim.stream, entry);
    if (claim.runs.length > 0) runs.set(claim.stream, claim.runs);
    places.streamRecords.set(claim.stream, claim.record);
    records += 1 + claim.version;
  }
  for (const span of claims.recoveries) {
    const bytes = read(span.start, span.end);
    if (bytes?.toString('utf8').startsWith('{"discarded":') !== true)
      return disagrees('no recovery record where it says');
    places.recoveries.push(span);
    records += 1;
  }
  if (records !== cursor.pos)
    return disagrees(`it accounts for ${records} records where the log holds ${cursor.pos}`);
  return { cursor, index, runs, places };
};

const NONE = 'there is none';

/** How a checkpoint that names records the log does not hold is reported: a problem for `verify`. */
export const DISAGREES = 'it does not agree with the log';

const readText = (path: string): string | { why: string } => {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { why: code === 'ENOENT' ? NONE : `it cannot be read (${String(code)})` };
  }
};

/**
 * The checkpoint in `dir` if it can be trusted for the log open as `fd`, or why it is ignored:
 * missing, unreadable, damaged (its checksum), for another log (inode), past the log's end, or
 * the log no longer ends, at its offset, with the record it was taken after.
 */
export const loadCheckpoint = (dir: string, fd: number, log: LogFacts): Checkpoint | string => {
  const text = readText(join(dir, CHECKPOINT_FILE));
  if (typeof text !== 'string') return text.why;
  const newline = text.indexOf('\n');
  let header: ReturnType<typeof parseHeader>;
  try {
    header = newline === -1 ? undefined : parseHeader(JSON.parse(text.slice(0, newline)));
  } catch {
    header = undefined;
  }
  if (header === undefined) return 'its header is not one this version writes';
  const { cursor } = header;
  if (header.ino !== log.ino) return 'it was taken of another log file';
  if (cursor.offset > log.size) return 'it points past the end of the log';
  if (cursor.offset === 0) return 'it holds nothing';
  const mismatch = headMismatch(fd, cursor);
  if (mismatch !== undefined) return mismatch;
  if (!text.endsWith('\n')) return 'it is truncated';
  const body = text.slice(newline + 1, -1);
  if (checksum({ format: FORMAT, ino: header.ino, cursor }, body) !== header.sha256)
    return 'it does not match its checksum';
  const claims = parseBody(body, cursor.offset);
  if (claims === undefined) return 'its streams are malformed';
  const checked = checkAgainstLog(fd, cursor, claims);
  if (typeof checked === 'string') return checked;
  return { ...checked, bytes: Buffer.byteLength(text) };
};

/** What `verify` says of the checkpoint: derived data, so never a problem, but worth knowing. */
export type CheckpointStatus =
  | Readonly<{ state: 'none' }>
  | Readonly<{ state: 'ignored'; why: string }>
  /** Usable: it indexes the log up to `offset`; `behind` bytes were written after it. */
  | Readonly<{ state: 'usable'; offset: number; bytes: number; behind: number }>;

/** The state of the checkpoint in `dir` against the first `size` bytes of the log `file`. */
export const checkpointStatus = (dir: string, file: string, size: number): CheckpointStatus => {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    return {
      state: 'ignored',
      why: `the log cannot be read (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  try {
    const loaded = loadCheckpoint(dir, fd, { ino: fstatSync(fd).ino, size });
    if (typeof loaded !== 'string')
      return {
        state: 'usable',
        offset: loaded.cursor.offset,
        bytes: loaded.bytes,
        behind: size - loaded.cursor.offset,
      };
    return loaded === NONE ? { state: 'none' } : { state: 'ignored', why: loaded };
  } catch (e) {
    return {
      state: 'ignored',
      why: `it cannot be read (${e instanceof Error ? e.message : String(e)})`,
    };
  } finally {
    closeSync(fd);
  }
};
