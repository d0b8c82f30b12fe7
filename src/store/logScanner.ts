import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { SimulatorError } from '../domain/errors.js';
import type { StoreRecord } from './records.js';
import { GENESIS, TORN_LINE_END, lineHashMatches, parseRecordLine } from './records.js';

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

export type ScanOptions = Readonly<{
  file: string;
  checkHashes: boolean;
  /** The last acknowledged write (the head file): nothing before its end may be torn or missing. */
  acknowledged?: Cursor;
}>;

export const damaged = (file: string, line: number, offset: number, why: string): SimulatorError =>
  new SimulatorError(
    'store.corrupt',
    `${file} is damaged at line ${line}: ${why}; \`legisim store verify\` lists every problem`,
    { file, line, offset },
  );

/** The end a torn line gets when a recovery marks it discarded (TORN_LINE_END without its newline). */
const TORN_MARK = TORN_LINE_END.slice(0, -1);

type Bad = { line: number; offset: number; why: string; terminated: boolean; more: boolean };

/**
 * Checks lines into complete writes: every record in place (position), chained to the one before
 * (prev) and, with `checkHashes`, unedited. Only a crash's signature at the very end is a torn
 * tail, given by `end()` (never as a write) so readers skip it and writers can mark it discarded:
 * records of an unfinished write (each chained, hash-valid, saying more follows) then at most one
 * unfinished line, all after the last acknowledged write. Anything else throws `store.corrupt`.
 */
export const writeChecker = (from: Cursor, options: ScanOptions) => {
  const ack = options.acknowledged;
  let cursor = from;
  let pos = from.pos;
  let head = from.head;
  let pending: StoreRecord[] = [];
  let spans: Span[] = [];
  let bad: Bad | undefined;
  let line = from.line;
  let last: Line | undefined;
  const fail = (at: { line: number; offset: number }, why: string) =>
    damaged(options.file, at.line, at.offset, why);
  /** A complete write ended at `next`: it must not pass over the acknowledged end, nor replace it. */
  const checkAcknowledged = (next: Cursor): void => {
    if (ack === undefined || cursor.offset >= ack.offset || next.offset < ack.offset) return;
    if (next.offset > ack.offset)
      throw fail(
        next,
        `no write ends at byte ${ack.offset}, where the last acknowledged write (position ${ack.pos}) ended: lines before it were changed`,
      );
    if (next.pos !== ack.pos || next.head !== ack.head)
      throw fail(
        next,
        `the record that ends the last acknowledged write is not the one acknowledged (position ${ack.pos}, hash ${ack.head.slice(0, 12)}…)`,
      );
  };
  return {
    push: (l: Line): Write | undefined => {
      line += 1;
      last = l;
      const record = l.terminated ? parseRecordLine(l.text) : 'the line is unfinished';
      if (typeof record === 'string') {
        if (bad !== undefined) bad.more = true;
        else
          bad = {
            line,
            offset: l.start,
            why: `not a record (${record})`,
            terminated: l.terminated,
            more: false,
          };
        return undefined;
      }
      if (record.kind === 'recovery') {
        const { offset, bytes } = record.discarded;
        const follows = bad !== undefined || pending.length > 0;
        if (offset !== cursor.offset || offset + bytes !== l.start || !follows)
          throw fail(
            { line, offset: l.start },
            'a recovery record that follows no unfinished write',
          );
        pending = [];
        spans = [];
        bad = undefined;
        pos = cursor.pos;
        head = cursor.head;
      } else if (bad !== undefined) {
        throw fail(bad, bad.why);
      }
      const why =
        record.pos !== pos + 1
          ? `a record at position ${record.pos} where ${pos + 1} was expected (a line is missing or out of order)`
          : record.prev !== head
            ? 'the record does not chain to the one before it'
            : options.checkHashes && !lineHashMatches(l.text, record)
              ? 'the record does not match its hash (it was edited)'
              : undefined;
      if (why !== undefined) throw fail({ line, offset: l.start }, why);
      pos = record.pos;
      head = record.hash;
      pending.push(record);
      spans.push({ start: l.start, end: l.end, line });
      if (record.more === true) return undefined;
      const next = { offset: l.end, line, pos, head };
      checkAcknowledged(next);
      cursor = next;
      const write = { records: pending, spans, cursor };
      pending = [];
      spans = [];
      return write;
    },
    /** What follows the last complete write: nothing, a torn tail, or (thrown) damage. */
    end: (): TornTail | undefined => {
      // After the acknowledged end nothing acknowledged can be lost: whatever is there is what a
      // crash left. With no head file to say where that end is, only the shape a crash leaves is
      // taken for one: one unfinished last line (a prefix of a write has no other newline, zeros
      // from a power loss none at all); a complete line that is no record was edited.
      const afterAcknowledged = ack !== undefined && cursor.offset >= ack.offset;
      if (bad !== undefined && !afterAcknowledged) {
        const crashShaped =
          !bad.more && (!bad.terminated || (last?.text.endsWith(TORN_MARK) ?? false));
        if (!crashShaped) throw fail(bad, bad.why);
      }
      if (ack !== undefined && cursor.offset < ack.offset) {
        if (bad !== undefined) throw fail(bad, `${bad.why}, in acknowledged history`);
        if (pending.length > 0)
          throw fail(
            { line: line + 1, offset: last?.end ?? cursor.offset },
            `the last record of an acknowledged write is missing (the write's records end at position ${pos}, line ${line})`,
          );
        throw fail(
          { line: line + 1, offset: cursor.offset },
          `the log ends at byte ${cursor.offset}, before the end of the last acknowledged write (byte ${ack.offset}, position ${ack.pos}): acknowledged records were removed`,
        );
      }
      if (bad === undefined && pending.length === 0) return undefined;
      return {
        offset: cursor.offset,
        end: last?.end ?? cursor.offset,
        line: cursor.line + 1,
        lines: line - cursor.line,
        terminated: last?.terminated ?? true,
      };
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
  checker.end(); // throws on damage; a torn tail is left out
}
