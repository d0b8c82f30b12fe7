import { closeSync, fstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SimulatorError } from '../domain/errors.js';
import { MAX_SCENARIO_BYTES, loadScenario, tooLarge } from './loadScenario.js';
import type { Scenario } from './scenario.js';

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

const unreadable = (file: string, e: unknown): SimulatorError => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return new SimulatorError('input.fileNotFound', `${file}: no such file`, { file });
  if (code === 'EISDIR')
    return new SimulatorError(
      'input.unreadableFile',
      `${file}: is a directory, not a scenario file`,
      { file },
    );
  return new SimulatorError(
    'input.unreadableFile',
    `${file}: cannot be read (${code ?? 'unknown error'})`,
    { file },
  );
};

/**
 * Reads at most MAX_SCENARIO_BYTES of a file: a larger one is refused by its size before it is
 * read, and a pipe or device that runs on is refused once it passes the limit.
 */
const readBounded = (file: string, fd: number): string => {
  const size = fstatSync(fd).size;
  if (size > MAX_SCENARIO_BYTES) throw tooLarge(file, size);
  const buffer = Buffer.alloc(MAX_SCENARIO_BYTES + 1);
  let length = 0;
  for (;;) {
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (length > MAX_SCENARIO_BYTES) throw tooLarge(file);
  }
  return buffer.toString('utf8', 0, length);
};

/** The text of a scenario file, within the size limit; a missing or unreadable file is a clear error. */
export const readScenarioText = (file: string): string => {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw unreadable(file, e);
  }
  try {
    return readBounded(file, fd);
  } catch (e) {
    throw e instanceof SimulatorError ? e : unreadable(file, e);
  } finally {
    closeSync(fd);
  }
};

/** Reads and validates one scenario file; a missing, unreadable or too large file is a clear error. */
export const readScenarioFile = (file: string): Scenario =>
  loadScenario(readScenarioText(file), file);

/** Scenario files named by the arguments: files as given, directories searched recursively. */
export const findScenarioFiles = (paths: readonly string[]): string[] =>
  paths.flatMap((path) => {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new SimulatorError('input.fileNotFound', `${path}: no such file or directory`, {
        file: path,
      });
    }
    if (!isDirectory) return [path];
    return readdirSync(path, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => {
        const full = join(path, entry.name);
        if (entry.isDirectory()) return findScenarioFiles([full]);
        return SCENARIO_FILE.test(entry.name) ? [full] : [];
      });
  });
