import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isLockedByLiveProcess } from './fileLock.js';
import { readHead } from './headFile.js';
import { TORN_LINE_END, parseRecordLine } from './records.js';

const WINDOW = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Whether the log ends the way a crash leaves it: a last line with no newline (or one a recovery
 * ended with ` ~torn` before it was torn in turn), or a record that says more of its write follows.
 * A complete last line that is no record is damage, not a crash: reads report it. Reads only the
 * last MiB.
 */
export const endsTorn = (fd: number, size: number): boolean => {
  if (size === 0) return false;
  const length = Math.min(size, WINDOW);
  const buffer = Buffer.alloc(length);
  readSync(fd, buffer, 0, length, size - length);
  if (buffer[length - 1] !== NEWLINE) return true;
  const previous = length < 2 ? -1 : buffer.lastIndexOf(NEWLINE, length - 2);
  if (previous === -1 && length < size) return false; // a last line longer than the window
  const text = buffer.toString('utf8', previous + 1, length - 1);
  if (text.endsWith(TORN_LINE_END.slice(0, -1))) return true;
  const record = parseRecordLine(text);
  return typeof record !== 'string' && record.more === true;
};

/**
 * On open: a torn end while no live process holds the lock is what a crash left (a write in
 * progress holds the lock, or has finished and grown the file by the time we look again).
 */
export const tornTailOnOpen = (dir: string, file: string): boolean => {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = readHead(dir);
    const size = fstatSync(fd).size;
    // What ends at or before the last acknowledged write is damage, reported by the first read.
    if (head.state === 'acknowledged' && size <= head.cursor.offset) return false;
    return endsTorn(fd, size) && !isLockedByLiveProcess(dir) && fstatSync(fd).size === size;
  } finally {
    closeSync(fd);
  }
};
