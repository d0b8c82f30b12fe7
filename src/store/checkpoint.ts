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
import type { Cursor } from './logScanner.js';
import type { IndexEntry, StoreIndex } from './records.js';
import { canonicalJson, lineHashMatches, parseRecordLine, sha256 } from './records.js';
import type { Run, StreamRuns } from './streamRuns.js';

/**
 * The checkpoint of the index (docs/store.md): derived, disposable data next to the log, so a
 * process that opens the store reads only what was written since. Two lines: a header (format,
 * the log's inode, the cursor it was taken at, a sha256 of both lines) and the streams with the
 * runs of their events. It is used only if the log still holds, ending at the cursor's offset, the
 * record with the cursor's head hash; otherwise it is ignored and the log read from the start.
 */
export const CHECKPOINT_FILE = 'index.json';
const TEMP_FILE = 'index.json.tmp';
const FORMAT = 'legisim-index/1';
const NEWLINE = 0x0a;

export type Checkpoint = Readonly<{
  cursor: Cursor;
  index: StoreIndex;
  runs: StreamRuns;
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
 * The body: values many streams share (metadata, creation times) once in `shared`, and a row
 * per stream, `[stream, version, metadata, createdAt, globalPosition, forkedFrom | null, ...runs]`
 * with each run as `start, end, line, hash`: flat rows parse several times faster than objects.
 */
const encodeBody = (index: StoreIndex, runs: StreamRuns): string => {
  const ids = new Map<string, number>();
  const shared: unknown[] = [];
  const idOf = (value: unknown): number => {
    const key = JSON.stringify(value);
    let id = ids.get(key);
    if (id === undefined) {
      id = shared.length;
      ids.set(key, id);
      shared.push(value);
    }
    return id;
  };
  const streams = [...index.streams.values()].map((entry) => {
    const row: unknown[] = [
      entry.stream,
      entry.version,
      idOf(entry.metadata),
      idOf(entry.createdAt),
      entry.globalPosition,
      entry.forkedFrom ?? null,
    ];
    for (const r of runs.get(entry.stream) ?? []) row.push(r.start, r.end, r.line, r.hash);
    return row;
  });
  return JSON.stringify({ shared, streams });
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
): number => {
  const body = encodeBody(index, runs);
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

const ROW = 6; // stream, version, metadata, createdAt, globalPosition, forkedFrom; then runs

const parseForkedFrom = (raw: unknown): IndexEntry['forkedFrom'] | null | undefined => {
  if (raw === null) return null;
  if (!isObject(raw) || typeof raw['stream'] !== 'string' || !isNat(raw['version']))
    return undefined;
  return { stream: raw['stream'], version: raw['version'] };
};

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

/** One stream's row: its info (shared values looked up) and its runs. */
const parseRow = (
  raw: unknown,
  shared: readonly unknown[],
  limit: number,
): [IndexEntry, Run[]] | undefined => {
  if (!Array.isArray(raw) || raw.length < ROW || (raw.length - ROW) % 4 !== 0) return undefined;
  const row = raw as unknown[];
  const [stream, version, m, c, globalPosition] = row;
  const metadata = isNat(m) ? shared[m] : undefined;
  const createdAt = isNat(c) ? shared[c] : undefined;
  const forkedFrom = parseForkedFrom(row[5]);
  const runs = parseRuns(row, limit);
  if (
    runs === undefined ||
    forkedFrom === undefined ||
    typeof stream !== 'string' ||
    !isNat(version) ||
    !isObject(metadata) ||
    typeof metadata['jurisdiction'] !== 'string' ||
    typeof createdAt !== 'string' ||
    !isNat(globalPosition)
  )
    return undefined;
  const entry: IndexEntry = {
    stream,
    version,
    metadata: metadata as StreamMetadata,
    createdAt,
    globalPosition,
  };
  if (forkedFrom !== null) entry.forkedFrom = forkedFrom; // no spread: this runs per stream
  return [entry, runs];
};

const parseBody = (body: string, cursor: Cursor): Omit<Checkpoint, 'bytes'> | undefined => {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isObject(raw) || !Array.isArray(raw['shared']) || !Array.isArray(raw['streams']))
    return undefined;
  const shared = raw['shared'] as unknown[];
  const index: StoreIndex = { pos: cursor.pos, head: cursor.head, streams: new Map() };
  const runs: StreamRuns = new Map();
  for (const item of raw['streams'] as unknown[]) {
    const parsed = parseRow(item, shared, cursor.offset);
    if (parsed === undefined || index.streams.has(parsed[0].stream)) return undefined;
    index.streams.set(parsed[0].stream, parsed[0]);
    if (parsed[1].length > 0) runs.set(parsed[0].stream, parsed[1]);
  }
  return { cursor, index, runs };
};

const NONE = 'there is none';

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
  const parsed = parseBody(body, cursor);
  if (parsed === undefined) return 'its streams are malformed';
  return { ...parsed, bytes: Buffer.byteLength(text) };
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
