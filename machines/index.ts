import type { ChamberSpec, Jurisdiction, Procedure } from '../src/domain/procedure.js';
import { stageRoles } from '../src/domain/procedure.js';
import { CHAMBER_ID } from '../src/domain/chambers.js';
import { SimulatorError } from '../src/domain/errors.js';
import { jurisdictionModules } from './jurisdictions.js';
import { terminalStageNames } from './shared/terminalStates.js';

/**
 * Every procedure version legisim knows, oldest first within a jurisdiction: the built-in ones,
 * then those `registerProcedures` added (`--procedures`).
 */
export const procedures: readonly Procedure[] = jurisdictionModules.flatMap((m) => m.procedures);

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

type StateNode = Readonly<{ meta?: unknown; states?: Readonly<Record<string, StateNode>> }>;

/**
 * What is wrong with a procedure as the rest of legisim reads it: its identity, and a role for
 * each stage a timeline counts (`withRoles`). Empty when it can be registered.
 */
export const procedureProblems = (candidate: unknown): string[] => {
  if (typeof candidate !== 'object' || candidate === null) return ['it is not an object'];
  const p = candidate as Partial<Record<keyof Procedure, unknown>>;
  const problems: string[] = [];
  if (typeof p.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(p.id))
    problems.push('`id` must be lower-case words joined by hyphens');
  if (typeof p.jurisdiction !== 'string' || !/^[A-Z]{2}$/.test(p.jurisdiction))
    problems.push('`jurisdiction` must be a two-letter code such as GE');
  if (typeof p.title !== 'string') problems.push('`title` must be a string');
  if (typeof p.validFrom !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(p.validFrom))
    problems.push('`validFrom` must be a date YYYY-MM-DD');
  if (!Array.isArray(p.chambers) || p.chambers.length === 0) problems.push('`chambers` is empty');
  else if (
    !(p.chambers as unknown[]).every((c) => {
      const chamber = c as Partial<Record<'id' | 'name' | 'seats', unknown>>;
      return (
        typeof chamber.id === 'string' &&
        CHAMBER_ID.test(chamber.id) &&
        typeof chamber.name === 'string' &&
        typeof chamber.seats === 'number'
      );
    })
  )
    problems.push('each chamber needs an `id` (lower-camel-case), a `name` and its `seats`');
  else problems.push(...(p.chambers as ChamberSpec[]).flatMap(sizeProblems));
  if (typeof p.citations !== 'object' || p.citations === null)
    problems.push('`citations` must map rule ids to citations');
  const root = (p.machine as { root?: StateNode } | undefined)?.root;
  if (root?.states === undefined) return [...problems, '`machine` must be an XState machine'];
  const roleless = Object.entries(root.states)
    .flatMap(([name, node]) => [
      [name, node] as const,
      ...((node.meta as { phases?: unknown } | undefined)?.phases === 'children'
        ? Object.entries(node.states ?? {}).map(([c, n]) => [`${name}.${c}`, n] as const)
        : []),
    ])
    .filter(
      ([, node]) =>
        !(stageRoles as readonly unknown[]).includes(
          (node.meta as { role?: unknown } | undefined)?.role,
        ),
    )
    .map(([name]) => name);
  if (roleless.length > 0)
    problems.push(`stages without a role (give them one with withRoles): ${roleless.join(', ')}`);
  const reasonless = endsWithoutReason(root.states);
  if (reasonless.length > 0)
    problems.push(
      `end states without an outcome reason (build them with terminalStates, or give meta.end): ${reasonless.join(', ')}`,
    );
  return problems;
};

const isSeatCount = (n: unknown): boolean =>
  typeof n === 'number' && Number.isSafeInteger(n) && n > 0;

/** A chamber's seats and later sizes: whole numbers above 0, sizes dated and in order. */
const sizeProblems = (chamber: ChamberSpec): string[] => {
  const sizes: readonly unknown[] = chamber.sizes ?? [];
  if (!isSeatCount(chamber.seats))
    return [`the ${chamber.id}'s \`seats\` must be a whole number above 0`];
  if (!Array.isArray(sizes)) return [`the ${chamber.id}'s \`sizes\` must be a list`];
  const froms = sizes.map((s) => (s as { from?: unknown }).from);
  const valid = sizes.every(
    (s, i) =>
      typeof froms[i] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(froms[i]) &&
      isSeatCount((s as { seats?: unknown }).seats) &&
      typeof (s as { basis?: unknown }).basis === 'string',
  );
  if (!valid)
    return [
      `each of the ${chamber.id}'s \`sizes\` needs \`from\` (YYYY-MM-DD), \`seats\` and its \`basis\``,
    ];
  const ordered = froms.every((f, i) => i === 0 || (froms[i - 1] as string) < (f as string));
  return ordered ? [] : [`the ${chamber.id}'s \`sizes\` must be in date order, one per day`];
};

/** The end states (leaves of `enacted`, `failed`, …) whose meta gives no outcome reason. */
const endsWithoutReason = (states: Readonly<Record<string, StateNode>>): string[] => {
  const leaves = (name: string, node: StateNode): [string, StateNode][] =>
    node.states === undefined || Object.keys(node.states).length === 0
      ? [[name, node]]
      : Object.entries(node.states).flatMap(([c, n]) => leaves(`${name}.${c}`, n));
  return terminalStageNames
    .flatMap((top) => (states[top] === undefined ? [] : leaves(top, states[top])))
    .filter(
      ([, node]) =>
        typeof (node.meta as { end?: { reason?: unknown } } | undefined)?.end?.reason !== 'string',
    )
    .map(([name]) => name);
};

/**
 * Adds procedures defined outside the package (built with the public API): each is checked by
 * `procedureProblems`, and another procedure with an id already known is refused (the same one
 * again is ignored). `source` names where they came from
 * in the errors.
 */
export const registerProcedures = (candidates: readonly unknown[], source: string): Procedure[] => {
  const added: Procedure[] = [];
  for (const [i, candidate] of candidates.entries()) {
    const problems = procedureProblems(candidate);
    const id = (candidate as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' ? `procedure "${id}"` : `procedure ${i + 1}`;
    if (problems.length > 0)
      throw new SimulatorError('procedure.invalid', `${source}: ${name}: ${problems.join('; ')}`, {
        source,
        problems,
      });
    const procedure = candidate as Procedure;
    // The same procedure loaded again (a module imported twice) changes nothing.
    if (procedures.includes(procedure)) continue;
    if (procedures.some((p) => p.id === procedure.id))
      throw new SimulatorError(
        'procedure.invalid',
        `${source}: ${name} is already known; give it another id`,
        { source, id: procedure.id },
      );
    (procedures as Procedure[]).push(procedure);
    added.push(procedure);
  }
  return added;
};
