import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SimulatorError, isSimulatorError } from '../domain/errors.js';
import { storeIoError } from './storeIo.js';

/**
 * A cross-process lock on a store directory: the file `lock`, created with O_EXCL ('wx') and
 * holding the owner's pid, host and a random token. A lock whose owner is gone (same host, pid not
 * alive, or our own pid with a token we do not hold: a previous process that had our pid) is
 * stale and is broken under a second O_EXCL file, `lock.break`, so two waiters never both break
 * it. No native module: Node has no flock().
 */
export type Lock = Readonly<{ release: () => void }>;

export type LockOptions = Readonly<{
  /** How long to wait for another process's lock. @defaultValue 10000 */
  timeoutMs?: number;
}>;

type Holder = Readonly<{ raw: string; pid?: number; host?: string; token?: string; ageMs: number }>;

/** Tokens of the locks this process holds: another instance in this process is alive. */
const held = new Set<string>();

const STALE_EMPTY_MS = 5_000;

const tryCreate = (path: string, content: string, dir: string): boolean => {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw storeIoError(e, dir, 'lock');
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
};

const readHolder = (path: string): Holder | undefined => {
  try {
    const raw = readFileSync(path, 'utf8');
    const ageMs = Date.now() - statSync(path).mtimeMs;
    try {
      const parsed = JSON.parse(raw) as { pid?: unknown; host?: unknown; token?: unknown };
      return {
        raw,
        ageMs,
        ...(typeof parsed.pid === 'number' ? { pid: parsed.pid } : {}),
        ...(typeof parsed.host === 'string' ? { host: parsed.host } : {}),
        ...(typeof parsed.token === 'string' ? { token: parsed.token } : {}),
      };
    } catch {
      return { raw, ageMs };
    }
  } catch {
    return undefined; // released meanwhile
  }
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const isStale = (holder: Holder): boolean => {
  if (holder.pid === undefined || holder.token === undefined) return holder.ageMs > STALE_EMPTY_MS; // its owner died between creating and writing it
  if (holder.host !== hostname()) return false; // cannot tell on another host
  if (holder.pid === process.pid) return !held.has(holder.token);
  return !isAlive(holder.pid);
};

/** Removes a stale lock, unless another process is breaking it or it changed meanwhile. */
const breakStale = (dir: string, path: string, holder: Holder): void => {
  const breaker = join(dir, 'lock.break');
  const me = JSON.stringify({ pid: process.pid, host: hostname(), token: randomUUID() });
  if (!tryCreate(breaker, me, dir)) {
    // A breaker left by a process killed in the microseconds it holds one.
    const other = readHolder(breaker);
    if (other !== undefined && other.ageMs > STALE_EMPTY_MS && isStale(other))
      unlinkQuietly(breaker);
    return;
  }
  try {
    if (readHolder(path)?.raw === holder.raw) unlinkQuietly(path);
  } finally {
    unlinkQuietly(breaker);
  }
};

const unlinkQuietly = (path: string): void => {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
};

/** Waits for the store's lock (backing off from 1 to 50 ms), or throws `store.locked`. */
export const acquireLock = async (dir: string, options: LockOptions = {}): Promise<Lock> => {
  const path = join(dir, 'lock');
  const token = randomUUID();
  const content = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    token,
    since: new Date().toISOString(),
  });
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = Date.now() + timeoutMs;
  for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
    if (tryCreate(path, content, dir)) {
      held.add(token);
      return {
        release: () => {
          held.delete(token);
          if (readHolder(path)?.raw === content) unlinkQuietly(path);
        },
      };
    }
    const holder = readHolder(path);
    if (holder !== undefined && isStale(holder)) {
      breakStale(dir, path, holder);
      continue;
    }
    if (Date.now() >= deadline) {
      const who =
        holder?.pid === undefined
          ? 'another process'
          : `process ${holder.pid}${holder.host === undefined ? '' : ` on ${holder.host}`}`;
      throw new SimulatorError(
        'store.locked',
        `${dir} is locked by ${who} (waited ${timeoutMs} ms); if no legisim process is running there, remove ${path}`,
        { dir, lock: path, ...(holder?.pid === undefined ? {} : { pid: holder.pid }) },
      );
    }
    await sleep(delay);
  }
};

/** Whether a live process holds the store's lock now (a write may be in progress). */
export const isLockedByLiveProcess = (dir: string): boolean => {
  const holder = readHolder(join(dir, 'lock'));
  return holder !== undefined && !isStale(holder);
};

/**
 * The log's size at a moment no write was in progress (taken under the lock), so a torn end in
 * that prefix is what a crash left. A store we may not write has no writer to wait for.
 */
export const sizeUnderLock = async (
  dir: string,
  file: string,
  timeoutMs: number,
): Promise<number> => {
  let lock: Lock | undefined;
  try {
    lock = await acquireLock(dir, { timeoutMs });
  } catch (e) {
    if (!isSimulatorError(e, 'store.unwritable')) throw e;
  }
  try {
    return statSync(file).size;
  } catch (e) {
    throw storeIoError(e, file, 'read');
  } finally {
    lock?.release();
  }
};
