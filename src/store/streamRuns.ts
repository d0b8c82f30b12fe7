import type { FileHandle } from 'node:fs/promises';
import type { Line, Span } from './logScanner.js';
import { chunkBuffer, damaged, readLineChunksAsync, readLines } from './logScanner.js';
import type { EventRecord } from './records.js';
import { lineHashMatches, parseRecordLine } from './records.js';

/**
 * Event records of one stream that lie next to each other in the log: the bytes `[start, end)`,
 * from line `line`. `hash` is the last record's: with the chain inside the run it pins every
 * record of the run, so a read through the index returns exactly the records indexed.
 */
export type Run = { start: number; end: number; line: number; hash: string };

/** Where each stream's events are in the log, in order (the offset index). */
export type StreamRuns = Map<string, Run[]>;

/** Adds an event record's line to its stream's runs, extending the last run when it follows it. */
export const addToRuns = (runs: StreamRuns, stream: string, span: Span, hash: string): void => {
  const list = runs.get(stream);
  const last = list?.at(-1);
  if (last !== undefined && last.end === span.start) {
    last.end = span.end;
    last.hash = hash;
    return;
  }
  const run = { start: span.start, end: span.end, line: span.line, hash };
  if (list === undefined) runs.set(stream, [run]);
  else list.push(run);
};

/** A copy of a stream's runs, so a read is not disturbed by a catch-up extending them meanwhile. */
export const runsOf = (runs: StreamRuns, stream: string): Run[] =>
  (runs.get(stream) ?? []).map((run) => ({ ...run }));

export type RunReadOptions = Readonly<{ file: string; stream: string; checkHashes: boolean }>;

/**
 * Checks the lines read at a run's offsets as the scanner checks the log: each a record (and,
 * with `checkHashes`, unedited), an event of the stream, chained to the one before it in the run;
 * `end()` checks the run ends where the index says, with the record the index names.
 */
const runChecker = (run: Run, options: RunReadOptions, versions: { next: number }) => {
  let count = 0;
  let prev: string | undefined;
  let last: Line | undefined;
  const fail = (line: number, offset: number, why: string) =>
    damaged(options.file, line, offset, `${why} (read through the index of streams)`);
  return {
    push: (l: Line): EventRecord => {
      const line = run.line + count;
      count += 1;
      last = l;
      const record = l.terminated ? parseRecordLine(l.text) : 'the line is unfinished';
      if (typeof record === 'string') throw fail(line, l.start, `not a record (${record})`);
      const why =
        record.kind !== 'event' || record.stream !== options.stream
          ? `not an event of stream "${options.stream}"`
          : record.version !== versions.next
            ? `stream "${options.stream}" has version ${record.version} where ${versions.next} was expected (the checkpoint index.json or the log was changed)`
            : prev !== undefined && record.prev !== prev
              ? 'the record does not chain to the one before it'
              : options.checkHashes && !lineHashMatches(l.text, record)
                ? 'the record does not match its hash (it was edited)'
                : undefined;
      if (why !== undefined) throw fail(line, l.start, why);
      versions.next += 1;
      prev = (record as EventRecord).hash;
      return record as EventRecord;
    },
    end: (): void => {
      if (last?.end !== run.end || prev !== run.hash)
        throw fail(
          run.line + Math.max(0, count - 1),
          last?.start ?? run.start,
          'the records differ from those indexed when it was read before (the log was changed)',
        );
    },
  };
};

const largest = (runs: readonly Run[]): number =>
  runs.reduce((max, run) => Math.max(max, run.end - run.start), 1);

/** A stream's event records read at their offsets (synchronous reads: writers, under the lock). */
export function* readRunsSync(
  fd: number,
  runs: readonly Run[],
  options: RunReadOptions,
): Generator<EventRecord> {
  const buffer = chunkBuffer(largest(runs));
  const versions = { next: 1 };
  for (const run of runs) {
    const check = runChecker(run, options, versions);
    for (const line of readLines(fd, run.start, run.end, buffer)) yield check.push(line);
    check.end();
  }
}

/** A stream's event records read at their offsets, a chunk at a time (asynchronous reads: readers). */
export async function* readRunsAsync(
  handle: FileHandle,
  runs: readonly Run[],
  options: RunReadOptions,
): AsyncGenerator<EventRecord[]> {
  const buffer = chunkBuffer(largest(runs));
  const versions = { next: 1 };
  for (const run of runs) {
    const check = runChecker(run, options, versions);
    for await (const lines of readLineChunksAsync(handle, run.start, run.end, buffer))
      yield lines.map(check.push);
    check.end();
  }
}
