import type { PeriodLength } from './calendar.js';
import type { ChamberId } from './chambers.js';
import type { BillKind, Motion } from './events.js';
import type { ThresholdName } from './thresholds.js';

/**
 * A time limit a stage must run, declared from the constitution apart from the machine, so that
 * a machine that lost a clock, or counts the wrong length, contradicts it.
 */
export type ClockDeclaration = Readonly<{
  /** A stage path (e.g. `president.considering`); its sub-stages are included. */
  stage: string;
  clock: string;
  /** The lengths the constitution allows (an urgent review may be shorter). */
  lengths: readonly PeriodLength[];
  /**
   * Chambers whose votes at this stage are out of time once the clock ran out: the expiry
   * decides for them (deemed approved, objections accepted).
   */
  bounds?: readonly ChamberId[];
  /** The bound does not hold for a law on an art. 106 subject (the Council must vote on it). */
  exceptMandatory?: boolean;
  article: string;
}>;

/** The least threshold a passing vote on `motion` needs (for a kind of law, in a chamber). */
export type ThresholdDeclaration = Readonly<{
  motion: Motion;
  kind?: BillKind;
  chamber?: ChamberId;
  atLeast: ThresholdName;
  article: string;
}>;

/**
 * A kind of law the head of state cannot veto: it is approved by votes only, with no tacit
 * approval, and is not returned.
 */
export type NoVetoDeclaration = Readonly<{ kind: BillKind; article: string }>;

/**
 * A kind of law that only a joint sitting of the chambers adopts (at `stage`, a stage path),
 * by at least `atLeast` of the total membership of each chamber.
 */
export type JointAdoptionDeclaration = Readonly<{
  kind: BillKind;
  stage: string;
  atLeast: ThresholdName;
  article: string;
}>;

/**
 * What the invariants know about a procedure independently of its machine, written again from
 * its constitution: the clocks and thresholds every procedure declares, and the rules of some
 * (`noVeto`, `jointAdoption`) that the invariants reading them check only where declared.
 */
export type ProcedureDeclaration = Readonly<{
  clocks: readonly ClockDeclaration[];
  thresholds: readonly ThresholdDeclaration[];
  noVeto?: readonly NoVetoDeclaration[];
  jointAdoption?: readonly JointAdoptionDeclaration[];
}>;

/** Declarations by procedure id. */
export type DeclarationTable = Readonly<Record<string, ProcedureDeclaration>>;
