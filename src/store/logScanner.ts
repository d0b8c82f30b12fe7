import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { SimulatorError } from '../domain/errors.js';
import type { StoreRecord } from './records.js';
import { GENESIS, lineHashMatches, parseRecordLine } from './records.js';

/** A line of the log with its byte range; `terminated` is false for a last line with no newline. */
export type Line = Readonly<{ text: string; start: number; end: number; terminated: boolean }>;

const NEWLINE = 0x0a;
const CHUNK = 1 << 20;

/** Cuts chunks of bytes into lines, carrying a partial line over to the next chunk. */
const lineSplitter = (from: number) => {
  let carry: Buffer | undefined;
  let carryStart = from;
  return {
    push: (bytes: Buffer, position: number): Line[] => {
      let chunk = bytes;
      let base = position;
      if (carry !== undefined) {
        chunk = Buffer.concat([carry, bytes]);
        base = carryStart;
        carry = undefined;
      }
      const lines: Line[] = [];
      let start = 0;
      for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
        const text = chunk.toString('utf8', start, nl);
        lines.push({ text, start: base + start, end: base + nl + 1, terminated: true });
        start = nl + 1;
      }
      if (start < chunk.length) {
        carry = Buffer.from(chunk.subarray(start));
        carryStart = base + start;
      }
      return lines;
    },
    end: (): Line | undefined =>
      carry === undefined
        ? undefined
        : {
            text: carry.toString('utf8'),
            start: carryStart,
            end: carryStart + carry.length,
            terminated: false,
          },
  };
};

/** A buffer for `readLines` and `readLineChunksAsync`: reads of many ranges can share one. */
export const chunkBuffer = (largest = CHUNK): Buffer =>
  Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, largest)));

/** The lines of a file between two byte offsets, read in 1 MiB chunks: memory stays flat. */
export function* readLines(
  fd: number,
  from: number,
  to: number,
  buffer: Buffer = chunkBuffer(),
): Generator<Line> {
  const splitter = lineSplitter(from);
  for (let position = from; position < to;) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, to - position), position);
    if (n === 0) break; // the file is shorter than it was
    yield* splitter.push(buffer.subarray(0, n), position);
    position += n;
  }
  const last = splitter.end();
  if (last !== undefined) yield last;
}

/** `readLines` with asynchronous reads, a chunk's lines at a time, so a long read leaves the event loop free. */
export async function* readLineChunksAsync(
  handle: FileHandle,
  from: number,
  to: number,
  buffer: Buffer = chunkBuffer(),
): AsyncGenerator<Line[]> {
  const splitter = lineSplitter(from);
  for (let position = from; position < to;) {
    const { bytesRead } = await handle.read(
      buffer,
      0,
      Math.min(buffer.length, to - position),
      position,
    );
    if (bytesRead === 0) break;
    yield splitter.push(buffer.subarray(0, bytesRead), position);
    position += bytesRead;
  }
  const last = splitter.end();
  if (last !== undefined) yield [last];
}

/** Where a reader stands: just after the last complete write it has read. */
export type Cursor = Readonly<{ offset: number; line: number; pos: number; head: string }>;

export const startCursor: Cursor = { offset: 0, line: 0, pos: 0, head: GENESIS };

/** Where a record's line is in the file: its bytes and its line number (1-based). */
export type Span = Readonly<{ start: number; end: number; line: number }>;

/** A complete write: its records (a recovery record included), their lines, and the cursor after it. */
export type Write = Readonly<{
  records: readonly StoreRecord[];
  spans: readonly Span[];
  cursor: Cursor;
}>;

/** An unfinished write at the end of the log: from `offset` (line `line`) to `end`. */
export type TornTail = Readonly<{
  offset: number;
  end: number;
  line: number;
  /** How many lines it spans (the unfinished last one included). */
  lines: number;
  /** Whether the torn bytes end with a newline (else the next write ends the line, TORN_LINE_END). */
  terminated: boolean;
}>;

export type ScanOptions = Readonly<{ file: string; checkHashes: boolean }>;

export const damaged = (file: string, line: number, offset: number, why: string): SimulatorError =>
  new SimulatorError(
    'store.corrupt',
    `${file} is damaged at line ${line}: ${why}; \`legisim store verify\` lists every problem`,
    { file, line, offset },
  );

/**
 * Checks lines into complete writes: every record in place (position), chained to the one before
 * (prev) and, with `checkHashes`, unedited. Damage followed by intact records throws
 * `store.corrupt`; damage or an unfinished write at the very end is a torn tail, given by `end()`
 * (never as a write) so readers skip it and writers can mark it discarded.
 */
const writeChecker = (from: Cursor, options: ScanOptions) => {
  let cursor = from;
  let pos = from.pos;
  let head = from.head;
  let pending: StoreRecord[] = [];
  let spans: Span[] = [];
  let bad: { line: number; offset: number; why: string } | undefined;
  let line = from.line;
  let last: Line | undefined;
  return {
    push: (l: Line): Write | undefined => {
      line += 1;
      last = l;
      const record = l.terminated ? parseRecordLine(l.text) : 'the line is unfinished';
      if (typeof record === 'string') {
        bad ??= { line, offset: l.start, why: `not a record (${record})` };
        return undefined;
      }
      if (record.kind === 'recovery') {
        const { offset, bytes } = record.discarded;
        const follows = bad !== undefined || pending.length > 0;
        if (offset !== cursor.offset || offset + bytes !== l.start || !follows)
          throw damaged(
            options.file,
            line,
            l.start,
            'a recovery record that follows no unfinished write',
          );
        pending = [];
        spans = [];
        bad = undefined;
        pos = cursor.pos;
        head = cursor.head;
      } else if (bad !== undefined) {
        throw damaged(options.file, bad.line, bad.offset, bad.why);
      }
      const why =
        record.pos !== pos + 1
          ? `a record at position ${record.pos} where ${pos + 1} was expected (a line is missing or out of order)`
          : record.prev !== head
            ? 'the record does not chain to the one before it'
            : options.checkHashes && !lineHashMatches(l.text, record)
              ? 'the record does not match its hash (it was edited)'
              : undefined;
      if (why !== undefined) throw damaged(options.file, line, l.start, why);
      pos = record.pos;
      head = record.hash;
      pending.push(record);
      spans.push({ start: l.start, end: l.end, line });
      if (record.more === true) return undefined;
      cursor = { offset: l.end, line, pos, head };
      const write = { records: pending, spans, cursor };
      pending = [];
      spans = [];
      return write;
    },
    end: (): TornTail | undefined =>
      bad === undefined && pending.length === 0
        ? undefined
        : {
            offset: cursor.offset,
            end: last?.end ?? cursor.offset,
            line: cursor.line + 1,
            lines: line - cursor.line,
            terminated: last?.terminated ?? true,
          },
  };
};

/** The complete writes of the log from a cursor (synchronous reads: writers, under the lock). */
export function* readWrites(
  fd: number,
  from: Cursor,
  to: number,
  options: ScanOptions,
): Generator<Write, TornTail | undefined> {
  const checker = writeChecker(from, options);
  for (const line of readLines(fd, from.offset, to)) {
    const write = checker.push(line);
    if (write !== undefined) yield write;
  }
  return checker.end();
}

/**
 * The records of the complete writes of the log, from its start, a chunk at a time (asynchronous
 * reads: readers). A torn tail is left out.
 */
export async function* readRecordChunksAsync(
  handle: FileHandle,
  to: number,
  options: ScanOptions,
): AsyncGenerator<StoreRecord[]> {
  const checker = writeChecker(startCursor, options);
  for await (const lines of readLineChunksAsync(handle, 0, to)) {
    const records: StoreRecord[] = [];
    for (const line of lines) {
      const write = checker.push(line);
      if (write !== undefined) records.push(...write.records);
    }
    if (records.length > 0) yield records;
  }
}
