import { closeSync, fdatasyncSync, fstatSync, statSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { SimulatorError } from '../domain/errors.js';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { StreamEvent } from './commit.js';
import { planCommit, streamNotFound } from './commit.js';
import { systemStoreDeps } from './defaultDeps.js';
import type { EventStore, RecordedEvent, StoreDeps, StreamInfo, WriteOp } from './eventStore.js';
import type { CheckpointStatus } from './checkpoint.js';
import type { Places } from './checkpoint.js';
import {
  CHECKPOINT_FILE,
  DISAGREES,
  checkpointStatus,
  emptyPlaces,
  loadCheckpoint,
  writeCheckpoint,
} from './checkpoint.js';
import type { Lock } from './fileLock.js';
import { acquireLock, sizeUnderLock } from './fileLock.js';
import {
  checkLog,
  createLog,
  LOG_FILE,
  openToAppend,
  openToRead,
  removeIfUnused,
  writeFully,
} from './logFile.js';
import type { Cursor, Span, TornTail } from './logScanner.js';
import { damaged, readRecordChunksAsync, readWrites, startCursor } from './logScanner.js';
import type { StoreIndex, StoreRecord } from './records.js';
import {
  TORN_LINE_END,
  canonicalJson,
  emptyIndex,
  indexRecord,
  recordedEventOf,
  sealRecord,
  streamInfos,
} from './records.js';
import { readFilter } from './readFilter.js';
import { storeIoError } from './storeIo.js';
import { createStreamCache } from './streamCache.js';
import type { Run, StreamRuns } from './streamRuns.js';
import { addToRuns, readRunsAsync, readRunsSync, runsOf } from './streamRuns.js';
import { HEAD_FILE, headDamaged, readHead, writeHead } from './headFile.js';
import type { RepairPlan } from './repair.js';
import { applyRewrite, planRepair } from './repair.js';
import { tornTailOnOpen } from './tail.js';
import type { VerifyReport } from './verify.js';
import { verifyLog, verifyLogQuickly } from './verify.js';

export { LOG_FILE } from './logFile.js';
export { CHECKPOINT_FILE } from './checkpoint.js';

export type StoreWarning = Readonly<{
  kind: 'tornTail' | 'recovered';
  message: string;
  file: string;
  /** The first line of the unfinished write, when known. */
  line?: number;
}>;

export type FileStoreOptions = Readonly<{
  /** Create the directory and an empty log when they are missing. @defaultValue false */
  create?: boolean;
  now?: StoreDeps['now'];
  newId?: StoreDeps['newId'];
  /** Told when the log ends with an unfinished write, and when a write marks one discarded. */
  onWarning?: (warning: StoreWarning) => void;
  /** How long a write waits for another process's lock. @defaultValue 10000 */
  lockTimeoutMs?: number;
  /** Check every record's hash on reads (positions and the chain are always checked). @defaultValue true */
  checkHashes?: boolean;
  /**
   * Write the checkpoint of the index (`index.json`) once this process has read or written this
   * many bytes of the log past the last one; `Infinity` writes none (one already there is used).
   * @defaultValue the larger of 1 MiB and the checkpoint's own size
   */
  checkpointEvery?: number;
  /** @internal Told what the store reads and writes besides the events asked for (tests, bench). */
  onTrace?: (trace: StoreTrace) => void;
}>;

/** @internal What the store did with its checkpoint and the log, for tests and the bench. */
export type StoreTrace =
  | Readonly<{ kind: 'checkpointLoaded'; offset: number; bytes: number }>
  | Readonly<{ kind: 'checkpointIgnored'; why: string }>
  | Readonly<{ kind: 'checkpointWritten'; offset: number; bytes: number }>
  /** The log's bytes `[from, to)` scanned into the index. */
  | Readonly<{ kind: 'caughtUp'; from: number; to: number }>
  /** A read of one stream through the index: how many runs of records, how many bytes. */
  | Readonly<{ kind: 'seek'; stream: string; runs: number; bytes: number }>;

const MIB = 1 << 20;

export type FileStore = EventStore &
  Readonly<{
    dir: string;
    file: string;
    /**
     * Checks the whole log: every record, the chain, positions, versions, events; and says what
     * state the checkpoint is in (never read to check the log). `quick`: every hash, link,
     * position and version, not the events' content (see quickScan.ts); any damage is still
     * reported as the full check names it.
     */
    verify: (options?: Readonly<{ quick?: boolean }>) => Promise<
      VerifyReport &
        Readonly<{
          checkpoint: CheckpointStatus;
          /** The last acknowledged write as the head file records it; undefined when there is none. */
          acknowledged: Cursor | undefined;
        }>
    >;
    /** What a repair would keep and discard (reads only): see repair.ts. */
    planRepair: () => Promise<RepairPlan>;
    /**
     * Applies a plan from `planRepair`, after the caller showed it and was told to go on: a torn
     * tail is marked discarded; a rewrite keeps the damaged log beside the new one (`backup`).
     * Fails with `store.changed` if the log is no longer what was planned.
     */
    repair: (plan: RepairPlan) => Promise<Readonly<{ backup?: string }>>;
  }>;

/**
 * What marks a torn tail discarded: the end of its last line if unfinished (TORN_LINE_END), then a
 * recovery record chained to the last complete record, naming the discarded bytes.
 */
const recoveryOf = (tail: TornTail, index: StoreIndex, deps: StoreDeps) => {
  const end = tail.terminated ? '' : TORN_LINE_END;
  const { record, line } = sealRecord(
    {
      kind: 'recovery',
      id: deps.newId(),
      recordedAt: deps.now(),
      discarded: {
        offset: tail.offset,
        bytes: tail.end - tail.offset + end.length,
        line: tail.line,
      },
    },
    index.pos + 1,
    index.head,
  );
  return { record, text: `${end}${line}`, skip: Buffer.byteLength(end) };
};

/** The lines of records just written: `buffer` went to `base`, its records from byte `from`. */
const spansOf = (buffer: Buffer, base: number, from: number, line: number): Span[] => {
  const spans: Span[] = [];
  for (
    let start = from, nl = buffer.indexOf(0x0a, from);
    nl !== -1;
    nl = buffer.indexOf(0x0a, start)
  ) {
    spans.push({ start: base + start, end: base + nl + 1, line: line + spans.length });
    start = nl + 1;
  }
  return spans;
};

/**
 * Opens the JSONL event store in `dir` (docs/store.md): one append-only log, `events.jsonl`,
 * every write fsynced before it returns, a lock against other processes, reads streamed from
 * disk. A torn last write (a crash mid-append) is reported on open, skipped by reads and marked
 * discarded by the next write; nothing written is ever rewritten.
 * @example
 * const store = openFileStore('.legisim', { create: true });
 * await store.append('H.1', events, { expectedVersion: 'noStream', metadata: { jurisdiction: 'KZ' } });
 * for await (const e of store.read('H.1')) console.log(e.meta.version, e.type);
 */
export const openFileStore = (dir: string, options: FileStoreOptions = {}): FileStore => {
  const file = join(dir, LOG_FILE);
  const created = options.create === true ? createLog(dir, file) : undefined;
  if (created === undefined) checkLog(dir, file);
  const deps: StoreDeps = {
    now: options.now ?? systemStoreDeps.now,
    newId: options.newId ?? systemStoreDeps.newId,
  };
  const warn = options.onWarning ?? (() => undefined);
  const checkHashes = options.checkHashes ?? true;
  const lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
  const trace = options.onTrace ?? (() => undefined);
  const index = emptyIndex();
  const cache = createStreamCache();
  let runs: StreamRuns = new Map();
  let places: Places = emptyPlaces();
  let cursor: Cursor = startCursor;
  /** The checkpoint on disk as far as this process knows: tried on the first catch-up. */
  let checkpoint = { tried: false, offset: 0, bytes: 0, ino: 0 };
  let writeFd: number | undefined;
  /** The head file's sequence number as far as this process knows (see headFile.ts). */
  let headSeq = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const openRead = () => openToRead(file);

  const remember = (record: StoreRecord, span: Span): void => {
    indexRecord(index, record);
    if (record.kind === 'stream') places.streamRecords.set(record.stream, span);
    if (record.kind === 'recovery') places.recoveries.push(span);
    if (record.kind !== 'event') return;
    cache.add(record);
    addToRuns(runs, record.stream, span, record.hash);
  };

  /** Starts from the checkpoint if it is consistent with the log; else silently from the start. */
  const adoptCheckpoint = (fd: number, ino: number, size: number): void => {
    checkpoint = { tried: true, offset: 0, bytes: 0, ino };
    let loaded: ReturnType<typeof loadCheckpoint>;
    try {
      loaded = loadCheckpoint(dir, fd, { ino, size });
    } catch (e) {
      loaded = `it cannot be read (${e instanceof Error ? e.message : String(e)})`;
    }
    if (typeof loaded === 'string') {
      trace({ kind: 'checkpointIgnored', why: loaded });
      return;
    }
    cursor = loaded.cursor;
    Object.assign(index, loaded.index);
    runs = loaded.runs;
    places = loaded.places;
    checkpoint = { tried: true, offset: cursor.offset, bytes: loaded.bytes, ino };
    trace({ kind: 'checkpointLoaded', offset: cursor.offset, bytes: loaded.bytes });
  };

  /**
   * The last acknowledged write, read before the log's size is taken: a write fsyncs the log
   * before it records its head, so the size seen after covers the head seen before.
   */
  const acknowledged = (): Cursor | undefined => {
    const state = readHead(dir);
    if (state.state === 'damaged') throw headDamaged(dir);
    if (state.state === 'none') return undefined;
    headSeq = Math.max(headSeq, state.seq);
    return state.cursor;
  };

  /** Reads what was written since the cursor into the index; returns a torn tail if any. */
  const catchUp = (fd: number): TornTail | undefined => {
    const ack = acknowledged();
    const { size, ino } = fstatSync(fd);
    if (!checkpoint.tried && cursor.offset === 0) adoptCheckpoint(fd, ino, size);
    checkpoint.ino = ino;
    if (size < cursor.offset) {
      throw damaged(
        file,
        cursor.line,
        size,
        `the log is shorter than the ${cursor.offset} bytes already read (truncated)`,
      );
    }
    if (size > cursor.offset) trace({ kind: 'caughtUp', from: cursor.offset, to: size });
    const writes = readWrites(fd, cursor, size, {
      file,
      checkHashes: true,
      ...(ack === undefined ? {} : { acknowledged: ack }),
    });
    for (let next = writes.next(); ; next = writes.next()) {
      if (next.done === true) return next.value;
      const { records, spans } = next.value;
      for (const [i, record] of records.entries()) remember(record, spans[i] as Span);
      cursor = next.value.cursor;
    }
  };

  const checkpointDue = (): boolean =>
    cursor.offset - checkpoint.offset >=
    Math.max(1, options.checkpointEvery ?? Math.max(MIB, checkpoint.bytes));

  /** Writes the checkpoint (under the write lock); it is disposable, so a failure is ignored. */
  const saveCheckpoint = (): void => {
    if (!checkpointDue()) return;
    try {
      const bytes = writeCheckpoint(dir, checkpoint.ino, cursor, index, runs, places);
      checkpoint = { ...checkpoint, offset: cursor.offset, bytes };
      trace({ kind: 'checkpointWritten', offset: cursor.offset, bytes });
    } catch {
      // A read-only store, a full disk: the next process reads the log from the last checkpoint.
    }
  };

  /** For readers: takes the lock only if it is free at once, so a read never waits for a writer. */
  const checkpointIfDue = async (): Promise<void> => {
    if (!checkpointDue()) return;
    let lock: Lock;
    try {
      lock = await acquireLock(dir, { timeoutMs: 0 });
    } catch {
      return;
    }
    try {
      saveCheckpoint();
    } finally {
      lock.release();
    }
  };

  /** Catches up and, for readers, leaves a checkpoint when it read much (see `checkpointDue`). */
  const current = async (): Promise<void> => {
    refresh();
    await checkpointIfDue();
  };

  const refresh = (): void => {
    const fd = openRead();
    try {
      catchUp(fd);
    } finally {
      closeSync(fd);
    }
  };

  /** A stream's events for validation or a fork: from the cache, or read at their offsets. */
  const eventsOf = (stream: string): StreamEvent[] => {
    const cached = cache.get(stream);
    if (cached !== undefined) return cached;
    const events: StreamEvent[] = [];
    const fd = openRead();
    try {
      for (const r of readRunsSync(fd, runsOf(runs, stream), { file, stream, checkHashes }))
        events.push({ event: r.event, validated: r.unchecked !== true });
    } finally {
      closeSync(fd);
    }
    cache.put(stream, events);
    return events;
  };

  /** Forgets all this process knows of the log: it was replaced (a repair, or behind our back). */
  const forget = (): void => {
    if (writeFd !== undefined) closeSync(writeFd);
    writeFd = undefined;
    cursor = startCursor;
    Object.assign(index, emptyIndex());
    cache.clear();
    runs = new Map();
    places = emptyPlaces();
    checkpoint = { tried: false, offset: 0, bytes: 0, ino: 0 };
  };

  /** The descriptor writes go through, reopened if the log was replaced behind our back. */
  const writable = (): number => {
    try {
      const { ino } = statSync(file);
      if (writeFd !== undefined && fstatSync(writeFd).ino !== ino) forget();
      writeFd ??= openToAppend(file);
      return writeFd;
    } catch (e) {
      throw storeIoError(e, file, 'write');
    }
  };

  const serialize = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Under the lock: catch up, mark a torn tail discarded, plan, write, fsync, then index. */
  /** Runs `task` in this process's queue, under the store's lock, then leaves a checkpoint if due. */
  const locked = <T>(task: () => T | Promise<T>): Promise<T> =>
    serialize(async () => {
      const lock = await acquireLock(dir, { timeoutMs: lockTimeoutMs });
      try {
        return await task();
      } finally {
        saveCheckpoint();
        lock.release();
      }
    });

  const write = (ops: readonly WriteOp[]) => locked(() => writeUnderLock(ops));

  const writeUnderLock = (ops: readonly WriteOp[]) => {
    const fd = writable();
    const tail = catchUp(fd);
    const recovery = tail === undefined ? undefined : recoveryOf(tail, index, deps);
    const base =
      recovery === undefined
        ? index
        : { ...index, pos: recovery.record.pos, head: recovery.record.hash };
    const plan = planCommit({ index: base, eventsOf }, ops, deps);
    let written = false;
    const text = `${recovery?.text ?? ''}${plan.text}`;
    if (text.length > 0) {
      const buffer = Buffer.from(text, 'utf8');
      try {
        writeFully(fd, buffer);
        fdatasyncSync(fd);
      } catch (e) {
        throw storeIoError(e, file, 'write');
      }
      written = true;
      const records = recovery === undefined ? plan.records : [recovery.record, ...plan.records];
      const firstLine = cursor.line + (tail?.lines ?? 0) + 1;
      const at = tail?.end ?? cursor.offset;
      const spans = spansOf(buffer, at, recovery?.skip ?? 0, firstLine);
      if (spans.length !== records.length) throw new Error('every record is one line');
      for (const [i, record] of records.entries()) remember(record, spans[i] as Span);
      const last = records.at(-1);
      if (last !== undefined) {
        cursor = {
          offset: (tail?.end ?? cursor.offset) + buffer.length,
          line: cursor.line + (tail === undefined ? 0 : tail.lines) + records.length,
          pos: last.pos,
          head: last.hash,
        };
      }
    }
    // Only now is the write acknowledged: the head file says so durably before we return.
    if (written) headSeq = writeHead(dir, headSeq, cursor);
    if (tail !== undefined) {
      warn({
        kind: 'recovered',
        file,
        line: tail.line,
        message: `${file}: the unfinished write from line ${tail.line} (${tail.end - tail.offset} bytes, left by a crash during an append) is marked discarded; its bytes stay in the file`,
      });
    }
    return { results: plan.results, recovered: tail !== undefined };
  };

  const single = async (op: WriteOp) => {
    const [result] = (await write([op])).results;
    if (result === undefined) throw new Error('a one-op commit gives one result');
    return result;
  };

  const openHandle = async (): Promise<FileHandle> => {
    try {
      return await open(file, 'r');
    } catch (e) {
      throw storeIoError(e, file, 'read');
    }
  };

  /** Every complete record of the log, streamed a chunk at a time, each checked. */
  async function* recordChunks(): AsyncGenerator<StoreRecord[]> {
    const handle = await openHandle();
    try {
      const { size } = await handle.stat();
      yield* readRecordChunksAsync(handle, size, { file, checkHashes });
    } finally {
      await handle.close();
    }
  }

  /** A stream's event records read at their offsets (the index's runs), a chunk at a time. */
  async function* streamRecordChunks(stream: string, found: readonly Run[]) {
    const handle = await openHandle();
    try {
      yield* readRunsAsync(handle, found, { file, stream, checkHashes });
    } finally {
      await handle.close();
    }
  }

  if (tornTailOnOpen(dir, file)) {
    warn({
      kind: 'tornTail',
      file,
      message: `${file} ends with an unfinished write (left by a crash during an append): reads skip it, and the next write (or \`legisim store verify --repair\`) marks it discarded`,
    });
  }

  return {
    dir,
    file,
    commit: async (ops) => (await write(ops)).results,
    append: (stream, events, options) => single({ type: 'append', stream, events, ...options }),
    fork: (stream, atVersion, newStream, options = {}) =>
      single({ type: 'fork', stream, atVersion, newStream, ...options }),
    read: async function* (stream, options): AsyncGenerator<RecordedEvent> {
      const decide = readFilter(options);
      const found = await serialize(async () => {
        await current();
        return index.streams.has(stream) ? runsOf(runs, stream) : undefined;
      });
      if (found === undefined) throw streamNotFound(stream);
      trace({
        kind: 'seek',
        stream,
        runs: found.length,
        bytes: found.reduce((n, run) => n + run.end - run.start, 0),
      });
      for await (const chunk of streamRecordChunks(stream, found)) {
        for (const r of chunk) {
          const decision = decide(r.version, r.event.at);
          if (decision === 'stop') return;
          if (decision === 'take') yield recordedEventOf(r);
        }
      }
    },
    readAll: async function* (options = {}): AsyncGenerator<RecordedEvent> {
      const from = options.fromPosition ?? 1;
      for await (const chunk of recordChunks()) {
        for (const r of chunk) if (r.kind === 'event' && r.pos >= from) yield recordedEventOf(r);
      }
    },
    info: (stream): Promise<StreamInfo> =>
      serialize(async () => {
        await current();
        const info = index.streams.get(stream);
        if (info === undefined) throw streamNotFound(stream);
        return { ...info };
      }),
    streams: () =>
      serialize(async () => {
        await current();
        return streamInfos(index);
      }),
    verify: async (options = {}) => {
      const head = readHead(dir);
      const size = await sizeUnderLock(dir, file, lockTimeoutMs);
      const context = head.state === 'acknowledged' ? { acknowledged: head.cursor } : {};
      const report =
        options.quick === true
          ? await verifyLogQuickly(file, size, context)
          : verifyLog(file, size, context);
      const checkpoint = checkpointStatus(dir, file, size);
      const forged =
        checkpoint.state === 'ignored' && checkpoint.why.startsWith(DISAGREES)
          ? [
              {
                kind: 'checkpointDisagrees' as const,
                line: 0,
                offset: 0,
                message: `${join(dir, CHECKPOINT_FILE)}: ${checkpoint.why}: it was edited, or the log was; reads ignore it (delete it to stop this report)`,
              },
            ]
          : [];
      const problems =
        head.state !== 'damaged'
          ? [...forged, ...report.problems]
          : [
              ...forged,
              {
                kind: 'headDamaged' as const,
                line: 0,
                offset: 0,
                message: `${join(dir, HEAD_FILE)}, the record of the last acknowledged write, is damaged: what was acknowledged cannot be checked (\`store verify --repair\` rewrites it)`,
              },
              ...report.problems,
            ];
      return {
        ...report,
        problems,
        intact: problems.length === 0,
        acknowledged: head.state === 'acknowledged' ? head.cursor : undefined,
        checkpoint,
      };
    },
    planRepair: async () => {
      const head = readHead(dir);
      return planRepair(file, await sizeUnderLock(dir, file, lockTimeoutMs), head);
    },
    repair: (plan) =>
      locked(() => {
        const now = planRepair(file, statSync(file).size, readHead(dir));
        if (canonicalJson(now) !== canonicalJson(plan))
          throw new SimulatorError(
            'store.changed',
            `${file} changed since the repair was planned: run \`legisim store verify --repair\` again`,
            { file },
          );
        if (plan.kind === 'none') return {};
        if (plan.kind === 'tornTail') {
          writeUnderLock([]);
          return {};
        }
        const head = readHead(dir);
        const seq = Math.max(headSeq, head.state === 'acknowledged' ? head.seq : 0);
        const backup = applyRewrite(dir, plan, seq, deps.now());
        forget();
        headSeq = seq + 1;
        return { backup };
      }),
    close: () =>
      serialize(async () => {
        await checkpointIfDue();
        if (writeFd !== undefined) closeSync(writeFd);
        writeFd = undefined;
        if (created !== undefined) removeIfUnused(dir, file, created);
      }),
  };
};
