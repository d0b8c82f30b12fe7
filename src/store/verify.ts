import { closeSync, openSync } from 'node:fs';
import { parseEvent } from '../domain/eventSchema.js';
import { isSimulatorError } from '../domain/errors.js';
import { readLines } from './logScanner.js';
import type { Discarded, StoreRecord } from './records.js';
import { GENESIS, lineHashMatches, parseRecordLine } from './records.js';
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
  | 'invalidMetadata';

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

/**
 * Checks a whole log, streamed: each line is a record, unedited (its hash), in place (its
 * position), chained to the one before; each stream starts with its record and has contiguous
 * versions; each event and metadata is valid. Reports every problem with its line and kind; a
 * damaged or unfinished write at the very end is one `torn` problem.
 */
export const verifyLog = (file: string, size: number): VerifyReport => {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw storeIoError(e, file, 'read');
  }
  try {
    return check(file, fd, size);
  } finally {
    closeSync(fd);
  }
};

const check = (file: string, fd: number, size: number): VerifyReport => {
  const problems: Problem[] = [];
  const recoveries: Recovery[] = [];
  const gaps: { from: number; to: number; line: number; offset: number }[] = [];
  const versions = new Map<string, number>();
  const counts = { records: 0, events: 0, unchecked: 0 };
  let commit = { offset: 0, pos: 0, hash: GENESIS };
  let chain = { pos: 0, hash: GENESIS, intact: true };
  let expected = 1;
  let pending: Pending[] = [];
  let positionTrouble = false;
  let line = 0;
  const report = (kind: ProblemKind, at: Pending, message: string, position?: number) =>
    problems.push({
      kind,
      line: at.line,
      offset: at.offset,
      message,
      ...(position === undefined ? {} : { position }),
    });

  const checkPlace = (record: StoreRecord, at: Pending, garbage: number): void => {
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
      if (record.pos - expected > garbage)
        gaps.push({
          from: expected + garbage,
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

  for (const l of readLines(fd, 0, size)) {
    line += 1;
    const at: Pending = { line, offset: l.start, end: l.end };
    const record = l.terminated ? parseRecordLine(l.text) : 'the line is unfinished';
    if (typeof record === 'string') {
      pending.push({ ...at, why: record });
      continue;
    }
    const garbage = pending.filter((p) => p.record === undefined).length;
    if (record.kind === 'recovery') {
      const { offset, bytes } = record.discarded;
      if (pending.length > 0 && offset === commit.offset && offset + bytes === l.start) {
        recoveries.push({
          line,
          position: record.pos,
          recordedAt: record.recordedAt,
          discarded: record.discarded,
        });
        pending = [];
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
    for (const p of pending.filter((q) => q.record === undefined))
      report('unparsable', p, `not a record: ${p.why ?? ''}`);
    pending = pending.filter((p) => p.record !== undefined);
    const intact = lineHashMatches(l.text, record);
    if (!intact)
      report('edited', at, 'the record does not match its hash: it was edited', record.pos);
    checkPlace(record, at, garbage);
    chain = { pos: record.pos, hash: record.hash, intact };
    pending.push({ ...at, record });
    if (record.more !== true) {
      for (const p of pending) if (p.record !== undefined) checkMeaning(p.record, p);
      pending = [];
      commit = { offset: l.end, pos: record.pos, hash: record.hash };
    }
  }
  const first = pending[0];
  if (first !== undefined) {
    const last = pending.at(-1) ?? first;
    problems.push({
      kind: 'torn',
      line: first.line,
      offset: first.offset,
      message: `an unfinished write at the end (line${last.line > first.line ? `s ${first.line}–${last.line}` : ` ${first.line}`}, ${last.end - first.offset} bytes), what a crash during an append leaves: reads skip it, and \`legisim store verify --repair\` or the next append marks it discarded (its bytes stay in the file)`,
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
    bytes: size,
    intact: problems.length === 0,
    ...counts,
    streams: versions.size,
    head: commit.hash,
    problems,
    recoveries,
  };
};
