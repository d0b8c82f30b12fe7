import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { declarations } from '../../machines/declarations.js';
import { registerProcedures } from '../../machines/index.js';
import { SimulatorError } from '../domain/errors.js';
import type { Procedure } from '../domain/procedure.js';

/**
 * `--procedures FILE`: an ES module exporting `procedures` (or a default export), an array of
 * procedures built with the public API, added to the registry before the command runs, so a
 * researcher can model a country without forking legisim; and, optionally, `declarations` of
 * their clocks and thresholds for the property checks.
 */
export const loadProcedures = async (file: string): Promise<Procedure[]> => {
  const path = resolve(file);
  if (!existsSync(path))
    throw new SimulatorError('input.fileNotFound', `${file}: no such file (--procedures)`, {
      file,
    });
  let module: Readonly<Record<string, unknown>>;
  try {
    module = (await import(pathToFileURL(path).href)) as Readonly<Record<string, unknown>>;
  } catch (e) {
    throw new SimulatorError(
      'procedure.invalid',
      `${file}: cannot be loaded as an ES module: ${e instanceof Error ? e.message : String(e)}`,
      { file },
    );
  }
  const list = module['procedures'] ?? module['default'];
  if (!Array.isArray(list))
    throw new SimulatorError(
      'procedure.invalid',
      `${file} must export \`procedures\` (or a default export): an array of procedures`,
      { file },
    );
  const added = registerProcedures(list, file);
  // Their clocks and thresholds, for the property checks (`check --properties`).
  const declared = module['declarations'];
  if (typeof declared === 'object' && declared !== null) Object.assign(declarations, declared);
  return added;
};
