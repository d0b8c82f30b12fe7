import type { Jurisdiction, Procedure } from '../src/domain/procedure.js';
import { SimulatorError } from '../src/domain/errors.js';
import { kzBicameral2023 } from './kz/bicameral2023.procedure.js';

/** Every procedure version legisim knows, oldest first within a jurisdiction. */
export const procedures: readonly Procedure[] = [kzBicameral2023];

export const procedureIds = (): string[] => procedures.map((p) => p.id);

export const getProcedure = (id: string): Procedure => {
  const found = procedures.find((p) => p.id === id);
  if (found === undefined) {
    throw new SimulatorError(
      'procedure.unknown',
      `Unknown procedure "${id}"; known: ${procedureIds().join(', ')}`,
      { id, known: procedureIds() },
    );
  }
  return found;
};

/** The procedure of `jurisdiction` in force on `day` (YYYY-MM-DD). */
export const procedureInForce = (jurisdiction: Jurisdiction, day: string): Procedure => {
  const found = procedures.find(
    (p) =>
      p.jurisdiction === jurisdiction &&
      p.validFrom <= day &&
      (p.validTo === undefined || day <= p.validTo),
  );
  if (found === undefined) {
    throw new SimulatorError(
      'procedure.noneInForce',
      `No ${jurisdiction} procedure is in force on ${day}; name one with --procedure (known: ${procedureIds().join(', ')})`,
      { jurisdiction, day },
    );
  }
  return found;
};
