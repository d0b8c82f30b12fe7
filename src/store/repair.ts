import { closeSync, fsyncSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isSimulatorError } from '../domain/errors.js';
import { CHECKPOINT_FILE } from './checkpoint.js';
import type { HeadState } from './headFile.js';
import { createHead } from './headFile.js';
import { fsyncDirectory, writeFully } from './logFile.js';
import type { Cursor, Line, TornTail } from './logScanner.js';
import { readLines, startCursor, writeChecker } from './logScanner.js';
import { lineHashMatches, parseRecordLine } from './records.js';
import { storeIoError } from './storeIo.js';

/**
 * What `legisim store verify --repair` would do to a damaged store (docs/store.md, "Repair"),
 * computed by reading only: the caller shows it, asks, and only then applies it.
 *
 * - `none`: the log is intact and agrees with the head file.
 * - `tornTail`: only a crash's unfinished write at the end: it is marked discarded by a recovery
 *   record, as the next write would do (no acknowledged event is touched).
 * - `rewrite`: anything else. The longest prefix of complete, chained, hash-valid writes is kept
 *   (lines whose only damage is whitespace an editor added — a trailing space or tab, a CR, a BOM —
 *   are restored, since their hash proves the rest unchanged); the rest is discarded. The log is
 *   rewritten to a new file and the damaged one kept beside it, so no byte is destroyed.
 */
export type RepairPlan = Readonly<{
  kind: 'none' | 'tornTail' | 'rewrite';
  file: string;
  /** The log's size when planned: applying refuses if it changed since. */
  size: number;
  /** The kept part: up to this cursor (in the repaired log's bytes). */
  kept: Cursor;
  keptEvents: number;
  /** Lines kept after removing whitespace an editor added. */
  restored: readonly Readonly<{ line: number; change: string }>[];
  /** What is discarded, when anything is. */
  discarded?: Discard;
  /** The last acknowledged write, when the head file names one past what is kept. */
  lostAcknowledged?: Readonly<{ from: number; to: number }>;
  /** Why the log cannot be kept whole: the first damage found. */
  damage?: string;
  /** Whether the head file is damaged or names a write the log does not end with. */
  headRewritten: boolean;
}>;

export type Discard = Readonly<{
  fromLine: number;
  toLine: number;
  bytes: number;
  /** The events among the discarded lines, by stream: versions from–to. */
  events: readonly Readonly<{ stream: string; from: number; to: number }>[];
  /** Discarded lines that are not records at all. */
  unreadable: number;
}>;

/** Whitespace an editor may add to a line, and the BOM it may put before the first. */
const normalise = (text: string, first: boolean): { text: string; change?: string } => {
  let out = text;
  const changes: string[] = [];
  if (first && out.startsWith('\uFEFF')) {
    out = out.slice(1);
    changes.push('a byte-order mark removed');
  }
  const trimmed = out.replace(/[ \t\r]+$/, '');
  if (trimmed !== out) {
    changes.push(out.endsWith('\r') ? 'a carriage return removed' : 'trailing whitespace removed');
    out = trimmed;
  }
  return changes.length === 0 ? { text } : { text: out, change: changes.join(', ') };
};

/** The line as it should read: itself if it is a whole record, or its normalised form if that is. */
const restoreLine = (l: Line, first: boolean): { text: string; change?: string } => {
  if (!l.terminated) return { text: l.text };
  const asIs = parseRecordLine(l.text);
  if (typeof asIs !== 'string' && lineHashMatches(l.text, asIs)) return { text: l.text };
  const fixed = normalise(l.text, first);
  if (fixed.change === undefined) return { text: l.text };
  const record = parseRecordLine(fixed.text);
  return typeof record !== 'string' && lineHashMatches(fixed.text, record)
    ? fixed
    : { text: l.text };
};

type Salvage = {
  kept: Cursor;
  keptEvents: number;
  /** The original bytes where the kept part ends, and the line after it. */
  keptUntil: { offset: number; line: number };
  restored: { line: number; change: string }[];
  damage?: string;
  tail?: TornTail;
  lines: number;
};

/** Reads the log through a checker that sees restored lines at their repaired offsets. */
const salvage = (fd: number, size: number, file: string, ack: Cursor | undefined): Salvage => {
  const checker = writeChecker(startCursor, {
    file,
    checkHashes: true,
    ...(ack === undefined ? {} : { acknowledged: ack }),
  });
  const result: Salvage = {
    kept: startCursor,
    keptEvents: 0,
    keptUntil: { offset: 0, line: 0 },
    restored: [],
    lines: 0,
  };
  let out = 0;
  let events = 0;
  try {
    for (const l of readLines(fd, 0, size)) {
      result.lines += 1;
      const line = restoreLine(l, result.lines === 1);
      if (line.change !== undefined)
        result.restored.push({ line: result.lines, change: line.change });
      const bytes = Buffer.byteLength(line.text) + (l.terminated ? 1 : 0);
      const write = checker.push({ ...l, text: line.text, start: out, end: out + bytes });
      out += bytes;
      if (write === undefined) continue;
      events += write.records.filter((r) => r.kind === 'event').length;
      result.kept = write.cursor;
      result.keptEvents = events;
      result.keptUntil = { offset: l.end, line: result.lines };
    }
    const tail = checker.end();
    if (tail !== undefined) result.tail = tail;
  } catch (e) {
    if (!isSimulatorError(e) || e.code !== 'store.corrupt') throw e;
    result.damage = e.message;
  }
  result.restored = result.restored.filter((r) => r.line <= result.keptUntil.line);
  return result;
};

/** The lines after the kept part, summarised by stream and version. */
const discardOf = (fd: number, size: number, from: { offset: number; line: number }): Discard => {
  const versions = new Map<string, { from: number; to: number }>();
  let unreadable = 0;
  let line = from.line;
  for (const l of readLines(fd, from.offset, size)) {
    line += 1;
    const record = parseRecordLine(normalise(l.text, false).text);
    if (typeof record === 'string') unreadable += 1;
    else if (record.kind === 'event') {
      const seen = versions.get(record.stream);
      versions.set(
        record.stream,
        seen === undefined
          ? { from: record.version, to: record.version }
          : { from: Math.min(seen.from, record.version), to: Math.max(seen.to, record.version) },
      );
    }
  }
  return {
    fromLine: from.line + 1,
    toLine: line,
    bytes: size - from.offset,
    events: [...versions].map(([stream, v]) => ({ stream, ...v })),
    unreadable,
  };
};

/** Plans the repair of the log `file` (of `size` bytes) against what the head file says. */
export const planRepair = (file: string, size: number, head: HeadState): RepairPlan => {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw storeIoError(e, file, 'read');
  }
  try {
    const ack = head.state === 'acknowledged' ? head.cursor : undefined;
    const found = salvage(fd, size, file, ack);
    const headAgrees =
      head.state === 'none' ||
      (ack !== undefined &&
        (ack.offset < found.kept.offset ||
          (ack.offset === found.kept.offset &&
            ack.pos === found.kept.pos &&
            ack.head === found.kept.head)));
    const wholeKept = found.damage === undefined && found.restored.length === 0;
    const base = {
      file,
      size,
      kept: found.kept,
      keptEvents: found.keptEvents,
      restored: found.restored,
      headRewritten: !headAgrees,
      ...(found.damage === undefined ? {} : { damage: found.damage }),
      ...(ack !== undefined && ack.pos > found.kept.pos
        ? { lostAcknowledged: { from: found.kept.pos + 1, to: ack.pos } }
        : {}),
    };
    if (wholeKept && headAgrees) {
      if (found.tail === undefined) return { ...base, kind: 'none' };
      const discarded = discardOf(fd, size, found.keptUntil);
      return { ...base, kind: 'tornTail', discarded };
    }
    const discarded =
      found.keptUntil.offset < size ? discardOf(fd, size, found.keptUntil) : undefined;
    return { ...base, kind: 'rewrite', ...(discarded === undefined ? {} : { discarded }) };
  } finally {
    closeSync(fd);
  }
};

/** `events.jsonl.damaged-20261203T141500Z`: where a rewrite keeps the log it replaced. */
export const backupName = (file: string, now: string): string =>
  `${file}.damaged-${now.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;

/**
 * Applies a `rewrite` plan (under the store's write lock): the kept part, lines restored, goes to
 * a new file, fsynced; the damaged log is renamed aside (`backupName`) and the new one put in its
 * place; the head file names the kept end; the checkpoint, now of another file, is removed.
 * Returns the backup's path.
 */
export const applyRewrite = (
  dir: string,
  plan: RepairPlan,
  headSeq: number,
  now: string,
): string => {
  const { file } = plan;
  const temp = `${file}.repairing`;
  const backup = backupName(file, now);
  try {
    const source = openSync(file, 'r');
    const target = openSync(temp, 'w');
    try {
      let line = 0;
      for (const l of readLines(source, 0, plan.size)) {
        line += 1;
        if (line > plan.kept.line) break;
        writeFully(target, Buffer.from(`${restoreLine(l, line === 1).text}\n`));
      }
      fsyncSync(target);
    } finally {
      closeSync(source);
      closeSync(target);
    }
    renameSync(file, backup);
    renameSync(temp, file);
    fsyncDirectory(dir);
    createHead(dir, headSeq + 1, plan.kept);
  } catch (e) {
    throw storeIoError(e, file, 'write');
  }
  try {
    unlinkSync(join(dir, CHECKPOINT_FILE));
  } catch {
    // none there, or it cannot be removed: it is of another file (inode) and will be ignored
  }
  return backup;
};
