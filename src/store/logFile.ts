import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { storeIoError } from './storeIo.js';

/** The log's file name inside a store directory. */
export const LOG_FILE = 'events.jsonl';

/** Makes a new file's name durable; platforms that cannot fsync a directory (Windows) skip it. */
export const fsyncDirectory = (dir: string): void => {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EISDIR' && code !== 'EINVAL') throw e;
  } finally {
    closeSync(fd);
  }
};

/** What `createLog` made: a store opened to write removes them on close if nothing was written. */
export type Created = Readonly<{
  /** The first directory made, if any. */ dir?: string;
  log: boolean;
}>;

/** Creates the directory and an empty log if missing, both made durable; says which it made. */
export const createLog = (dir: string, file: string): Created => {
  let madeDir: string | undefined;
  try {
    madeDir = mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw storeIoError(e, dir, 'write');
  }
  const madeLog = !existsSync(file);
  try {
    const fd = openSync(file, constants.O_RDWR | constants.O_CREAT | constants.O_APPEND);
    try {
      if (!fstatSync(fd).isFile()) throw Object.assign(new Error(file), { code: 'EISDIR' });
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    fsyncDirectory(dir);
  } catch (e) {
    throw storeIoError(e, file, 'write');
  }
  return { ...(madeDir === undefined ? {} : { dir: madeDir }), log: madeLog };
};

/**
 * Removes what `createLog` made if the store is still empty (a failed first import leaves no
 * empty store behind): the log if it holds no byte, then the directory if nothing else is in it.
 */
export const removeIfUnused = (dir: string, file: string, created: Created): void => {
  try {
    if (created.log && statSync(file).size === 0) unlinkSync(file);
    if (created.dir === undefined) return;
    // the directories made, from the store's up to the first one made
    for (let d = resolve(dir); ; d = dirname(d)) {
      rmdirSync(d);
      if (d === resolve(created.dir) || d === dirname(d)) break;
    }
  } catch {
    // in use after all (another process wrote, or left its lock or files): keep it
  }
};

/** A store to read must exist: the directory and its log. */
export const checkLog = (dir: string, file: string): void => {
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error(dir), { code: 'ENOTDIR' });
  } catch (e) {
    throw storeIoError(e, dir, 'read');
  }
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error(file), { code: 'EISDIR' });
  } catch (e) {
    throw storeIoError(e, file, 'read');
  }
};

/** Writes the whole buffer (a write may take only part of it). */
export const writeFully = (fd: number, buffer: Buffer): void => {
  for (let done = 0; done < buffer.length;)
    done += writeSync(fd, buffer, done, buffer.length - done);
};

/** The log opened to read, or a coded error. */
export const openToRead = (file: string): number => {
  try {
    return openSync(file, 'r');
  } catch (e) {
    throw storeIoError(e, file, 'read');
  }
};

/** The log opened to read and append (O_APPEND: every write goes to the end), never created here. */
export const openToAppend = (file: string): number =>
  openSync(file, constants.O_RDWR | constants.O_APPEND);
