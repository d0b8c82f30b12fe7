import { getNextTransitions } from 'xstate';
import type { AnyMachineSnapshot } from 'xstate';
import type { BillEventType } from '../domain/events.js';

/**
 * A move: one kind of event the procedure allows at a position, read off the machine's own
 * transitions (never hand-listed): its type, the guard that selects it with its parameters, the
 * rule it applies and where it leads.
 */
export type Move = Readonly<{
  type: BillEventType;
  guard?: Readonly<{ type: string; params?: Readonly<Record<string, unknown>> }>;
  rule?: string;
  target?: string;
  /** A step real history took that breaks the rule cited (`meta.breach`): never a lawful move. */
  breach?: true;
}>;

type TransitionLike = Readonly<{
  eventType: string;
  guard?: unknown;
  meta?: unknown;
  target?: readonly Readonly<{ id: string }>[] | undefined;
}>;

const ruleOf = (meta: unknown): string | undefined =>
  typeof meta === 'object' && meta !== null && typeof (meta as { rule?: unknown }).rule === 'string'
    ? (meta as { rule: string }).rule
    : undefined;

export const ruleOfTransition = (t: Readonly<{ meta?: unknown }>): string | undefined =>
  ruleOf(t.meta);

const isBreach = (meta: unknown): boolean =>
  typeof meta === 'object' && meta !== null && (meta as { breach?: unknown }).breach === true;

const toMove = (t: TransitionLike): Move => {
  const guard = t.guard as Move['guard'] | undefined;
  const rule = ruleOf(t.meta);
  const target = t.target?.[0]?.id.replace(/^bill\./, '');
  return {
    type: t.eventType as BillEventType,
    ...(guard === undefined ? {} : { guard }),
    ...(rule === undefined ? {} : { rule }),
    ...(target === undefined ? {} : { target }),
    ...(isBreach(t.meta) ? { breach: true as const } : {}),
  };
};

/** Every move the procedure defines from this position, deadlines included. */
export const movesAt = (snapshot: AnyMachineSnapshot): Move[] =>
  (getNextTransitions(snapshot) as unknown as TransitionLike[]).map(toMove);

/**
 * The lawful moves a person (not the calendar) can make: everything but elapsed deadlines and
 * the breaches a machine knows real history took (a refusal to sign), which replay accepts only
 * as anomalies.
 */
export const allowedMoves = (snapshot: AnyMachineSnapshot): Move[] =>
  movesAt(snapshot).filter((m) => m.type !== 'DeadlineElapsed' && m.breach !== true);

/** One line per move, e.g. `VoteHeld(senate approve passed)`. */
export const describeMove = (m: Move): string => {
  const p = m.guard?.params ?? {};
  const parts = [
    p['chamber'],
    p['motion'],
    p['reading'] === undefined ? undefined : `reading ${p['reading'] as number}`,
    p['outcome'],
    p['to'],
    p['kind'],
    p['clock'],
  ]
    .filter((x) => x !== undefined)
    .map(String);
  if (p['agreed'] !== undefined) parts.push(p['agreed'] === true ? 'agreed' : 'no agreement');
  if (p['constitutional'] !== undefined)
    parts.push(p['constitutional'] === true ? 'constitutional' : 'unconstitutional');
  return parts.length === 0 ? m.type : `${m.type}(${parts.join(' ')})`;
};

/** Distinct moves without their vote outcome, for "allowed there" lists in errors. */
export const describeMovesBriefly = (moves: readonly Move[]): string[] => [
  ...new Set(moves.map((m) => describeMove(m).replace(/ (passed|failed)(?=[ )])/, ''))),
];
