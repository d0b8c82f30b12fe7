import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SimulatorError } from '../domain/errors.js';
import { loadScenario } from './loadScenario.js';
import type { Scenario } from './scenario.js';

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

/** Reads and validates one scenario file; a missing or unreadable file is a clear error. */
export const readScenarioFile = (file: string): Scenario => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new SimulatorError('input.fileNotFound', `${file}: no such file`, { file });
    if (code === 'EISDIR')
      throw new SimulatorError(
        'input.unreadableFile',
        `${file}: is a directory, not a scenario file`,
        { file },
      );
    throw new SimulatorError(
      'input.unreadableFile',
      `${file}: cannot be read (${code ?? 'unknown error'})`,
      { file },
    );
  }
  return loadScenario(text, file);
};

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
