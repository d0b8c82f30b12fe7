import { closeSync, fdatasyncSync, fstatSync, statSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { StreamEvent } from './commit.js';
import { planCommit, streamNotFound } from './commit.js';
import { systemStoreDeps } from './defaultDeps.js';
import type { EventStore, RecordedEvent, StoreDeps, StreamInfo, WriteOp } from './eventStore.js';
import { acquireLock, sizeUnderLock } from './fileLock.js';
import { checkLog, createLog, LOG_FILE, openToAppend, openToRead, writeFully } from './logFile.js';
import type { Cursor, TornTail } from './logScanner.js';
import { damaged, readRecordChunksAsync, readWrites, startCursor } from './logScanner.js';
import type { StoreIndex, StoreRecord } from './records.js';
import {
  TORN_LINE_END,
  emptyIndex,
  indexRecord,
  recordedEventOf,
  sealRecord,
  streamInfos,
} from './records.js';
import { readFilter } from './readFilter.js';
import { storeIoError } from './storeIo.js';
import { createStreamCache } from './streamCache.js';
import { tornTailOnOpen } from './tail.js';
import type { VerifyReport } from './verify.js';
import { verifyLog } from './verify.js';

export { LOG_FILE } from './logFile.js';

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
}>;

export type FileStore = EventStore &
  Readonly<{
    dir: string;
    file: string;
    /** Checks the whole log: every record, the chain, positions, versions, events. */
    verify: () => Promise<VerifyReport>;
    /** Marks an unfinished write at the end discarded now; true if there was one. */
    repair: () => Promise<boolean>;
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
  return { record, text: `${end}${line}` };
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
  if (options.create === true) createLog(dir, file);
  else checkLog(dir, file);
  const deps: StoreDeps = {
    now: options.now ?? systemStoreDeps.now,
    newId: options.newId ?? systemStoreDeps.newId,
  };
  const warn = options.onWarning ?? (() => undefined);
  const checkHashes = options.checkHashes ?? true;
  const lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
  const index = emptyIndex();
  const cache = createStreamCache();
  let cursor: Cursor = startCursor;
  let writeFd: number | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const openRead = () => openToRead(file);

  const remember = (record: StoreRecord): void => {
    indexRecord(index, record);
    if (record.kind === 'event') cache.add(record);
  };

  /** Reads what was written since the cursor into the index; returns a torn tail if any. */
  const catchUp = (fd: number): TornTail | undefined => {
    const size = fstatSync(fd).size;
    if (size < cursor.offset) {
      throw damaged(
        file,
        cursor.line,
        size,
        `the log is shorter than the ${cursor.offset} bytes already read (truncated)`,
      );
    }
    const writes = readWrites(fd, cursor, size, { file, checkHashes: true });
    for (let next = writes.next(); ; next = writes.next()) {
      if (next.done === true) return next.value;
      for (const record of next.value.records) remember(record);
      cursor = next.value.cursor;
    }
  };

  const refresh = (): void => {
    const fd = openRead();
    try {
      catchUp(fd);
    } finally {
      closeSync(fd);
    }
  };

  /** A stream's events for validation or a fork: from the cache, or one pass over the log. */
  const eventsOf = (stream: string): StreamEvent[] => {
    const cached = cache.get(stream);
    if (cached !== undefined) return cached;
    const events: StreamEvent[] = [];
    const fd = openRead();
    try {
      for (const write of readWrites(fd, startCursor, cursor.offset, { file, checkHashes })) {
        for (const r of write.records) {
          if (r.kind === 'event' && r.stream === stream)
            events.push({ event: r.event, validated: r.unchecked !== true });
        }
      }
    } finally {
      closeSync(fd);
    }
    cache.put(stream, events);
    return events;
  };

  /** The descriptor writes go through, reopened if the log was replaced behind our back. */
  const writable = (): number => {
    try {
      const { ino } = statSync(file);
      if (writeFd !== undefined && fstatSync(writeFd).ino !== ino) {
        closeSync(writeFd);
        writeFd = undefined;
        cursor = startCursor;
        Object.assign(index, emptyIndex());
        cache.clear();
      }
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
  const write = (ops: readonly WriteOp[]) =>
    serialize(async () => {
      const lock = await acquireLock(dir, { timeoutMs: lockTimeoutMs });
      try {
        const fd = writable();
        const tail = catchUp(fd);
        const recovery = tail === undefined ? undefined : recoveryOf(tail, index, deps);
        const base =
          recovery === undefined
            ? index
            : { ...index, pos: recovery.record.pos, head: recovery.record.hash };
        const plan = planCommit({ index: base, eventsOf }, ops, deps);
        const text = `${recovery?.text ?? ''}${plan.text}`;
        if (text.length > 0) {
          const buffer = Buffer.from(text, 'utf8');
          try {
            writeFully(fd, buffer);
            fdatasyncSync(fd);
          } catch (e) {
            throw storeIoError(e, file, 'write');
          }
          const records =
            recovery === undefined ? plan.records : [recovery.record, ...plan.records];
          for (const record of records) remember(record);
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
        if (tail !== undefined) {
          warn({
            kind: 'recovered',
            file,
            line: tail.line,
            message: `${file}: the unfinished write from line ${tail.line} (${tail.end - tail.offset} bytes, left by a crash during an append) is marked discarded; its bytes stay in the file`,
          });
        }
        return { results: plan.results, recovered: tail !== undefined };
      } finally {
        lock.release();
      }
    });

  const single = async (op: WriteOp) => {
    const [result] = (await write([op])).results;
    if (result === undefined) throw new Error('a one-op commit gives one result');
    return result;
  };

  /** Every complete record of the log, streamed a chunk at a time, each checked. */
  async function* recordChunks(): AsyncGenerator<StoreRecord[]> {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch (e) {
      throw storeIoError(e, file, 'read');
    }
    try {
      const { size } = await handle.stat();
      yield* readRecordChunksAsync(handle, size, { file, checkHashes });
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
      let found = false;
      for await (const chunk of recordChunks()) {
        for (const r of chunk) {
          if (r.kind === 'recovery' || r.stream !== stream) continue;
          if (r.kind === 'stream') {
            found = true;
            continue;
          }
          const decision = decide(r.version, r.event.at);
          if (decision === 'stop') return;
          if (decision === 'take') yield recordedEventOf(r);
        }
      }
      if (!found) throw streamNotFound(stream);
    },
    readAll: async function* (options = {}): AsyncGenerator<RecordedEvent> {
      const from = options.fromPosition ?? 1;
      for await (const chunk of recordChunks()) {
        for (const r of chunk) if (r.kind === 'event' && r.pos >= from) yield recordedEventOf(r);
      }
    },
    info: (stream): Promise<StreamInfo> =>
      serialize(() => {
        refresh();
        const info = index.streams.get(stream);
        return info === undefined
          ? Promise.reject(streamNotFound(stream))
          : Promise.resolve({ ...info });
      }),
    streams: () =>
      serialize(() => {
        refresh();
        return Promise.resolve(streamInfos(index));
      }),
    verify: async () => {
      const size = await sizeUnderLock(dir, file, lockTimeoutMs);
      return verifyLog(file, size);
    },
    repair: async () => (await write([])).recovered,
    close: () =>
      serialize(() => {
        if (writeFd !== undefined) closeSync(writeFd);
        writeFd = undefined;
        return Promise.resolve();
      }),
  };
};
