import { closeSync, openSync } from 'node:fs';
import { parseEvent } from '../domain/eventSchema.js';
import { isSimulatorError } from '../domain/errors.js';
import type { Cursor, Line } from './logScanner.js';
import { readLines } from './logScanner.js';
import type { Discarded, StoreRecord } from './records.js';
import { GENESIS, TORN_LINE_END, lineHashMatches, parseRecordLine } from './records.js';
import type { QuickScan } from './quickScan.js';
import { quickVerify } from './quickVerify.js';
import { storeIoError } from './storeIo.js';
import { parseStreamMetadata } from './streamMetadata.js';

export type ProblemKind =
  | 'torn'
  | 'unparsable'
  | 'edited'
  | 'chainBroken'
  | 'missing'
  | 'reordered'
  | 'duplicated'
  | 'misplacedRecovery'
  | 'duplicateStream'
  | 'unknownStream'
  | 'versionGap'
  | 'invalidEvent'
  | 'invalidMetadata'
  /** The log ends before the end of the last acknowledged write (the head file). */
  | 'truncated'
  /** No write ends where the last acknowledged write ended, or another record does. */
  | 'headMismatch'
  /** The head file (the record of the last acknowledged write) is unreadable. */
  | 'headDamaged'
  /** The checkpoint names records the log does not hold (edited by hand, or the log was). */
  | 'checkpointDisagrees';

/** One problem: the line of the file (1-based), the global position concerned, and what is wrong. */
export type Problem = Readonly<{
  kind: ProblemKind;
  line: number;
  position?: number;
  offset: number;
  message: string;
}>;

/** A torn write an earlier writer marked discarded (not a problem: the record says so). */
export type Recovery = Readonly<{
  line: number;
  position: number;
  recordedAt: string;
  discarded: Discarded;
}>;

export type VerifyReport = Readonly<{
  file: string;
  /**
   * What was read: `everything` (every record parsed, every event and metadata checked) or
   * `hashes` (`--quick`: hashes, chain, positions, versions and metadata, not the events' content).
   */
  checked: 'everything' | 'hashes';
  bytes: number;
  intact: boolean;
  records: number;
  events: number;
  streams: number;
  /** Events stored with `validate: false`. */
  unchecked: number;
  /** Hash of the last record: noted elsewhere, it also reveals a log rewritten from the start. */
  head: string;
  problems: readonly Problem[];
  recoveries: readonly Recovery[];
}>;

type Pending = { line: number; offset: number; end: number; why?: string; record?: StoreRecord };

/** What `verifyLog` checks besides the log itself. */
export type VerifyContext = Readonly<{
  /** The last acknowledged write (the head file): damage before its end is never a torn tail. */
  acknowledged?: Cursor;
}>;

/** The end a torn line gets when a recovery marks it discarded (TORN_LINE_END without its newline). */
const TORN_MARK = TORN_LINE_END.slice(0, -1);

/**
 * Checks a whole log, streamed, in time linear in its size: each line is a record, unedited (its
 * hash), in place (its position), chained to the one before; each stream starts with its record
 * and has contiguous versions; each event and metadata is valid; nothing acknowledged is missing.
 * Reports every problem with its line and kind; only a crash's signature at the very end, after
 * the last acknowledged write, is one `torn` problem.
 */
export const verifyLog = (
  file: string,
  size: number,
  context: VerifyContext = {},
): VerifyReport => {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw storeIoError(e, file, 'read');
  }
  try {
    return check(file, fd, size, context.acknowledged);
  } finally {
    closeSync(fd);
  }
};

/**
 * `verify --quick`: the quick check of quickScan.ts (hashes, chain, positions, versions, the
 * acknowledged head, stream metadata; not the events' content), and the full check where it
 * finds the log anything but clean, so damage is always reported as the full check names it.
 */
export const verifyLogQuickly = async (
  file: string,
  size: number,
  context: VerifyContext = {},
): Promise<VerifyReport> => {
  let quick: QuickScan | undefined;
  try {
    quick = await quickVerify(file, size, context.acknowledged);
  } catch (e) {
    // The full check meets the same unreadable file and says so with the store's error.
    if (!isSystemError(e)) throw e;
  }
  if (quick === undefined) return verifyLog(file, size, context);
  return {
    file,
    checked: 'hashes',
    bytes: size,
    intact: true,
    ...quick,
    problems: [],
    recoveries: [],
  };
};

const isSystemError = (e: unknown): boolean =>
  e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';

const check = (file: string, fd: number, size: number, ack: Cursor | undefined): VerifyReport => {
  const problems: Problem[] = [];
  const recoveries: Recovery[] = [];
  const gaps: { from: number; to: number; line: number; offset: number }[] = [];
  const versions = new Map<string, number>();
  const counts = { records: 0, events: 0, unchecked: 0 };
  let commit = { offset: 0, pos: 0, hash: GENESIS };
  let chain = { pos: 0, hash: GENESIS, intact: true };
  let expected = 1;
  /** Records of the write in progress, and lines that are not records since the last record. */
  let pending: Pending[] = [];
  let garbage: Pending[] = [];
  /** The first line after the last complete write, and whether a record followed a bad line since. */
  let region: Pending | undefined;
  let regionMixed = false;
  let positionTrouble = false;
  let line = 0;
  let lastLine: Line | undefined;
  const report = (kind: ProblemKind, at: Pending, message: string, position?: number) =>
    problems.push({
      kind,
      line: at.line,
      offset: at.offset,
      message,
      ...(position === undefined ? {} : { position }),
    });
  const checkPlace = (record: StoreRecord, at: Pending, garbageBefore: number): void => {
    if (record.pos === expected) {
      if (chain.intact && chain.pos === record.pos - 1 && record.prev !== chain.hash)
        report(
          'chainBroken',
          at,
          `line ${at.line} does not chain to the record before it: one of the two was rewritten with a new hash`,
          record.pos,
        );
    } else if (record.pos > expected) {
      // Lines that are not records just before it may be what is left of the missing ones.
      if (record.pos - expected > garbageBefore)
        gaps.push({
          from: expected + garbageBefore,
          to: record.pos - 1,
          line: at.line,
          offset: at.offset,
        });
      positionTrouble = true;
    } else {
      const gap = gaps.find((g) => g.from <= record.pos && record.pos <= g.to);
      if (gap === undefined) {
        report('duplicated', at, `position ${record.pos} appears again`, record.pos);
      } else {
        report(
          'reordered',
          at,
          `position ${record.pos} comes after position ${expected - 1}: the line was moved`,
          record.pos,
        );
        gaps.splice(
          gaps.indexOf(gap),
          1,
          ...[
            { ...gap, to: record.pos - 1 },
            { ...gap, from: record.pos + 1 },
          ].filter((g) => g.from <= g.to),
        );
      }
      positionTrouble = true;
    }
    expected = Math.max(expected, record.pos + 1);
  };

  const checkMeaning = (record: StoreRecord, at: Pending): void => {
    counts.records += 1;
    if (record.kind === 'recovery') return;
    if (record.kind === 'stream') {
      if (versions.has(record.stream))
        report(
          'duplicateStream',
          at,
          `stream "${record.stream}" is created a second time`,
          record.pos,
        );
      versions.set(record.stream, 0);
      try {
        parseStreamMetadata(record.metadata, record.stream);
      } catch (e) {
        if (!isSimulatorError(e)) throw e;
        report('invalidMetadata', at, e.message, record.pos);
      }
      return;
    }
    counts.events += 1;
    if (record.unchecked === true) counts.unchecked += 1;
    const version = versions.get(record.stream);
    if (!positionTrouble && version === undefined)
      report(
        'unknownStream',
        at,
        `an event of stream "${record.stream}", which no earlier record creates`,
        record.pos,
      );
    else if (!positionTrouble && version !== undefined && record.version !== version + 1)
      report(
        'versionGap',
        at,
        `stream "${record.stream}" goes from version ${version} to ${record.version}`,
        record.pos,
      );
    versions.set(record.stream, Math.max(version ?? 0, record.version));
    try {
      parseEvent(record.event, { index: record.version - 1 });
    } catch (e) {
      if (!isSimulatorError(e)) throw e;
      report('invalidEvent', at, `stream "${record.stream}", ${e.message}`, record.pos);
    }
  };

  const reportGarbage = (): void => {
    for (const p of garbage) report('unparsable', p, `not a record: ${p.why ?? ''}`);
    garbage = [];
  };

  /** A write ended at `at`: it must not pass over the acknowledged end, nor replace its record. */
  const checkAcknowledged = (at: Pending, record: StoreRecord): void => {
    // Damage found before the acknowledged end already explains why it moved.
    if (problems.length > 0 || gaps.length > 0) return;
    if (ack === undefined || commit.offset >= ack.offset || at.end < ack.offset) return;
    if (at.end > ack.offset)
      report(
        'headMismatch',
        at,
        `no write ends at byte ${ack.offset}, where the last acknowledged write (position ${ack.pos}) ended: lines before it were changed`,
        record.pos,
      );
    else if (record.pos !== ack.pos || record.hash !== ack.head)
      report(
        'headMismatch',
        at,
        `the record that ends the last acknowledged write is not the one acknowledged (position ${ack.pos}, hash ${ack.head.slice(0, 12)}…)`,
        record.pos,
      );
  };

  for (const l of readLines(fd, 0, size)) {
    line += 1;
    lastLine = l;
    const at: Pending = { line, offset: l.start, end: l.end };
    region ??= at;
    const record = l.terminated ? parseRecordLine(l.text) : 'the line is unfinished';
    if (typeof record === 'string') {
      garbage.push({ ...at, why: record });
      continue;
    }
    const garbageCount = garbage.length;
    if (garbageCount > 0) regionMixed = true;
    if (record.kind === 'recovery') {
      const { offset, bytes } = record.discarded;
      const follows = pending.length > 0 || garbageCount > 0;
      if (follows && offset === commit.offset && offset + bytes === l.start) {
        recoveries.push({
          line,
          position: record.pos,
          recordedAt: record.recordedAt,
          discarded: record.discarded,
        });
        pending = [];
        garbage = [];
        regionMixed = false;
        expected = commit.pos + 1;
        chain = { pos: commit.pos, hash: commit.hash, intact: true };
      } else {
        report(
          'misplacedRecovery',
          at,
          'a recovery record that follows no unfinished write',
          record.pos,
        );
      }
    }
    reportGarbage();
    const intact = lineHashMatches(l.text, record);
    if (!intact)
      report('edited', at, 'the record does not match its hash: it was edited', record.pos);
    checkPlace(record, at, garbageCount);
    chain = { pos: record.pos, hash: record.hash, intact };
    pending.push({ ...at, record });
    if (record.more !== true) {
      for (const p of pending) if (p.record !== undefined) checkMeaning(p.record, p);
      pending = [];
      checkAcknowledged(at, record);
      commit = { offset: l.end, pos: record.pos, hash: record.hash };
      region = undefined;
      regionMixed = false;
    }
  }
  if (region !== undefined) {
    const last = garbage.at(-1) ?? pending.at(-1) ?? region;
    // A crash leaves records of its write and at most one unfinished last line, after the end of
    // the last acknowledged write; anything else at the end is damage (see logScanner.ts).
    const lastGarbage = garbage.at(-1);
    const crashShaped =
      garbage.length <= 1 &&
      (lastGarbage === undefined ||
        lastLine?.terminated === false ||
        (lastLine?.text.endsWith(TORN_MARK) ?? false));
    const crashLike =
      !regionMixed && (ack === undefined ? crashShaped : region.offset >= ack.offset);
    if (crashLike) {
      problems.push({
        kind: 'torn',
        line: region.line,
        offset: region.offset,
        message: `an unfinished write at the end (line${last.line > region.line ? `s ${region.line}–${last.line}` : ` ${region.line}`}, ${last.end - region.offset} bytes), what a crash during an append leaves: reads skip it, and \`legisim store verify --repair\` or the next append marks it discarded (its bytes stay in the file)`,
      });
    } else {
      const endsWithGarbage = garbage.length > 0;
      reportGarbage();
      const lastRecord = pending.at(-1);
      if (lastRecord?.record !== undefined && !endsWithGarbage)
        report(
          'missing',
          { ...lastRecord, line: lastRecord.line + 1, offset: lastRecord.end },
          `the write that begins at line ${pending[0]?.line ?? lastRecord.line} has lost its last record (position ${lastRecord.record.pos + 1}): deleted?`,
          lastRecord.record.pos + 1,
        );
    }
  } else if (problems.length > 0 || gaps.length > 0) {
    // the damage reported explains a log shorter than acknowledged
  } else if (ack !== undefined && commit.offset < ack.offset && commit.pos >= ack.pos) {
    problems.push({
      kind: 'headMismatch',
      line,
      offset: commit.offset,
      message: `the last acknowledged write (position ${ack.pos}) ended at byte ${ack.offset}, the log now ends at byte ${commit.offset}: bytes before it were removed`,
    });
  } else if (ack !== undefined && commit.offset < ack.offset) {
    problems.push({
      kind: 'truncated',
      line: line + 1,
      offset: commit.offset,
      position: commit.pos + 1,
      message: `the log ends at byte ${commit.offset}, before the end of the last acknowledged write (byte ${ack.offset}, position ${ack.pos}): acknowledged records were removed`,
    });
  }
  for (const gap of gaps) {
    problems.push({
      kind: 'missing',
      line: gap.line,
      offset: gap.offset,
      position: gap.from,
      message: `position${gap.to > gap.from ? `s ${gap.from}–${gap.to} are` : ` ${gap.from} is`} missing before this line: deleted?`,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  return {
    file,
    checked: 'everything',
    bytes: size,
    intact: problems.length === 0,
    ...counts,
    streams: versions.size,
    head: commit.hash,
    problems,
    recoveries,
  };
};
