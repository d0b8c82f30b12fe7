import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { Procedure } from '../domain/procedure.js';
import type { Move } from '../replay/moves.js';
import { allowedMoves, describeMove } from '../replay/moves.js';
import { contextOf } from '../replay/replay.js';
import { stageOf } from '../replay/stage.js';

/** One entry of the "next" list: a move the procedure allows here, numbered from 1. */
export type MoveChoice = Readonly<{
  n: number;
  move: Move;
  /** e.g. `VoteHeld(senate approve failed)`. */
  label: string;
  /** Where it leads in plain words; absent when the bill stays in its stage. */
  leadsTo?: string;
  rule?: string;
  article?: string;
}>;

/**
 * The moves a person can make at a snapshot: the procedure's own transitions (never
 * hand-listed), without elapsed deadlines and without votes whose guard cannot hold for this
 * bill (a transition for the other kind of law, or one that needs more readings than were held).
 */
export const possibleMoves = (snapshot: AnyMachineSnapshot): Move[] => {
  const context = contextOf(snapshot);
  return allowedMoves(snapshot).filter((m) => {
    const p = m.guard?.type === 'vote' ? (m.guard.params ?? {}) : {};
    if (p['kind'] !== undefined && p['kind'] !== context.kind) return false;
    const min = p['minReadings'];
    return typeof min !== 'number' || context.readings >= min;
  });
};

/** The plain-words label of a state id such as `failed.notAdopted`. */
export const labelOfState = (machine: AnyStateMachine, path: string): string => {
  const segments = path.split('.');
  const value = segments
    .slice(0, -1)
    .reduceRight<unknown>((inner, key) => ({ [key]: inner }), segments.at(-1));
  return stageOf(machine, value).label || path;
};

export const moveChoicesOf = (procedure: Procedure, snapshot: AnyMachineSnapshot): MoveChoice[] =>
  possibleMoves(snapshot).map((move, i) => {
    const article = move.rule === undefined ? undefined : procedure.citations[move.rule]?.article;
    return {
      n: i + 1,
      move,
      label: describeMove(move),
      ...(move.target === undefined
        ? {}
        : { leadsTo: labelOfState(procedure.machine, move.target) }),
      ...(move.rule === undefined ? {} : { rule: move.rule }),
      ...(article === undefined ? {} : { article }),
    };
  });
