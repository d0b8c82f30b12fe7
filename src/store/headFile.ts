import { closeSync, fdatasyncSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SimulatorError } from '../domain/errors.js';
import type { Cursor } from './logScanner.js';
import { canonicalJson, sha256 } from './records.js';
import { fsyncDirectory } from './logFile.js';
import { storeIoError } from './storeIo.js';

/**
 * The durable record of the last acknowledged write (docs/store.md, "What was acknowledged"):
 * where it ended in the log (byte offset, line), its last record's position and hash. Written and
 * fdatasynced after the log's own fdatasync and before a write returns, so whatever it names was
 * acknowledged. It is what tells a crash's torn tail (bytes after it) from damage to acknowledged
 * history (anything before it missing or changed): only the first may ever be discarded.
 *
 * Two fixed-size slots, written alternately in place, each with its own checksum and a sequence
 * number: a crash while one is written leaves the other, and the newer valid one is the head.
 */
export const HEAD_FILE = 'head';
const FORMAT = 'legisim-head/1';
const SLOT = 256;

type Slot = Readonly<{ seq: number; cursor: Cursor }>;

const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const encodeSlot = (slot: Slot): Buffer => {
  const body = canonicalJson({ cursor: slot.cursor, format: FORMAT, seq: slot.seq });
  const text = `${body.slice(0, -1)},"sha256":"${sha256(body)}"}`;
  if (text.length >= SLOT) throw new Error('a head slot outgrew its size');
  return Buffer.from(`${text.padEnd(SLOT - 1)}\n`);
};

const decodeSlot = (bytes: Buffer): Slot | undefined => {
  const text = bytes.toString('utf8').trimEnd();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(raw) || raw['format'] !== FORMAT || !isNat(raw['seq'])) return undefined;
  const { sha256: sum, ...rest } = raw;
  if (sum !== sha256(canonicalJson(rest))) return undefined;
  const c = raw['cursor'];
  if (!isObject(c) || !isNat(c['offset']) || !isNat(c['line']) || !isNat(c['pos']))
    return undefined;
  if (typeof c['head'] !== 'string' || !/^[0-9a-f]{64}$/.test(c['head'])) return undefined;
  return {
    seq: raw['seq'],
    cursor: { offset: c['offset'], line: c['line'], pos: c['pos'], head: c['head'] },
  };
};

/** What the head file says: nothing yet (a new or older store), the last acknowledged write, or damage. */
export type HeadState =
  | Readonly<{ state: 'none' }>
  | Readonly<{ state: 'acknowledged'; seq: number; cursor: Cursor }>
  | Readonly<{ state: 'damaged' }>;

/** Reads the head file of the store in `dir`. */
export const readHead = (dir: string): HeadState => {
  const path = join(dir, HEAD_FILE);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    throw storeIoError(e, path, 'read');
  }
  try {
    const bytes = Buffer.alloc(2 * SLOT);
    const n = readSync(fd, bytes, 0, bytes.length, 0);
    const slots = [0, 1]
      .map((i) =>
        n >= (i + 1) * SLOT ? decodeSlot(bytes.subarray(i * SLOT, (i + 1) * SLOT)) : undefined,
      )
      .filter((s): s is Slot => s !== undefined);
    const newest = slots.sort((a, b) => b.seq - a.seq)[0];
    return newest === undefined ? { state: 'damaged' } : { state: 'acknowledged', ...newest };
  } finally {
    closeSync(fd);
  }
};

/** The error for a head file that holds no valid slot: only an explicit repair rewrites it. */
export const headDamaged = (dir: string): SimulatorError =>
  new SimulatorError(
    'store.corrupt',
    `${join(dir, HEAD_FILE)} (the record of the last acknowledged write) is damaged; \`legisim store verify\` checks the log, \`legisim store verify --repair\` rewrites it`,
    { file: join(dir, HEAD_FILE) },
  );

/**
 * Records `cursor` as acknowledged: writes the slot after `seq`'s in place and fdatasyncs.
 * Returns the new sequence number. Call it under the store's write lock, after the log's fsync.
 */
export const writeHead = (dir: string, seq: number, cursor: Cursor): number => {
  const path = join(dir, HEAD_FILE);
  const next = seq + 1;
  try {
    const fd = openSync(path, 'r+');
    try {
      writeSync(fd, encodeSlot({ seq: next, cursor }), 0, SLOT, (next % 2) * SLOT);
      fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw storeIoError(e, path, 'write');
    createHead(dir, next, cursor);
  }
  return next;
};

/**
 * Writes a new head file whose both slots name `cursor` (a new store, or a repair): to a
 * temporary file, fsynced, then renamed over `head`, so a crash leaves the old file or the new
 * one, never an empty or half-written one that would read as damage.
 */
export const createHead = (dir: string, seq: number, cursor: Cursor): void => {
  const path = join(dir, HEAD_FILE);
  const temp = `${path}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      const slot = encodeSlot({ seq, cursor });
      writeSync(fd, Buffer.concat([slot, slot]));
      fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    fsyncDirectory(dir);
  } catch (e) {
    throw storeIoError(e, path, 'write');
  }
};
