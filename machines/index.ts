import type { Jurisdiction, Procedure } from '../src/domain/procedure.js';
import { SimulatorError } from '../src/domain/errors.js';
import { kzBicameral1995 } from './kz/bicameral1995.procedure.js';
import { kzBicameral2023 } from './kz/bicameral2023.procedure.js';
import { kzKurultai2026 } from './kz/kurultai2026.procedure.js';
import { ruFederalAssembly1993 } from './ru/federalAssembly1993.procedure.js';
import { ruFederalAssembly2020 } from './ru/federalAssembly2020.procedure.js';

/** Every procedure version legisim knows, oldest first within a jurisdiction. */
export const procedures: readonly Procedure[] = [
  kzBicameral1995,
  kzBicameral2023,
  kzKurultai2026,
  ruFederalAssembly1993,
  ruFederalAssembly2020,
];

export const procedureIds = (): string[] => procedures.map((p) => p.id);

/** The jurisdictions of the registered procedures, in registry order (`KZ`, `RU`, …). */
export const jurisdictions = (): string[] => [...new Set(procedures.map((p) => p.jurisdiction))];

/** Why `input` is not a jurisdiction: the message of every check of a jurisdiction code. */
export const notAJurisdiction = (input: unknown): string =>
  `"${String(input)}" is not a jurisdiction legisim has a procedure for; known: ${jurisdictions().join(', ')}`;

/** Whether some registered procedure is of `jurisdiction`. */
export const isJurisdiction = (jurisdiction: unknown): jurisdiction is string =>
  procedures.some((p) => p.jurisdiction === jurisdiction);

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
