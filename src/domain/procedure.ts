import type { AnyStateMachine } from 'xstate';
import type { IsoDay } from './calendar.js';
import type { ChamberId, Seats } from './chambers.js';
import type { BillKind } from './events.js';

/** How firm a legal fact is (research/procedures.md): primary text, secondary source, uncertain. */
export type Firmness = 'P' | 'S' | 'U';

/** The legal basis of one rule a machine encodes. */
export type Citation = Readonly<{
  /** e.g. "Constitution of Kazakhstan, art. 61(4)". */
  article: string;
  /** The rule in plain words. */
  text: string;
  firmness: Firmness;
  source: string;
}>;

export type ChamberSpec = Readonly<{
  id: ChamberId;
  /** As a reader knows it: "Mäjilis", "Federation Council". */
  name: string;
  /**
   * Seats in force (from the procedure's `validFrom`, if `sizes` lists later ones): the
   * denominator of every threshold in this chamber.
   */
  seats: number;
  /**
   * Later sizes, oldest first, each from the day it counts for votes (a convocation of another
   * size first sitting, a new region's senators), with its legal basis and source.
   */
  sizes?: readonly ChamberSizeChange[];
  /** true when the constitution fixes no number and a scenario should give it (Federation Council). */
  seatsVary?: boolean;
  basis: string;
}>;

/** A chamber's new size from a day on, with the article and source that give it. */
export type ChamberSizeChange = Readonly<{ from: IsoDay; seats: number; basis: string }>;

/** The seats of a procedure's chambers over time: what a bill counts unless its record says otherwise. */
export const seatsOfProcedure = (procedure: Pick<Procedure, 'chambers' | 'validFrom'>): Seats =>
  Object.fromEntries(
    procedure.chambers.map((c) => [
      c.id,
      c.sizes === undefined || c.sizes.length === 0
        ? c.seats
        : [
            { from: procedure.validFrom, seats: c.seats },
            ...c.sizes.map(({ from, seats }) => ({ from, seats })),
          ],
    ]),
  );

/** A jurisdiction's code (ISO 3166-1 alpha-2, e.g. `KZ`): the registry says which are known. */
export type Jurisdiction = string;

/**
 * The part a stage plays in a procedure, the same across jurisdictions: each stage of a machine
 * names its role (`meta.role`), and comparisons, charts and checks read stages by role, never by
 * name.
 */
export const stageRoles = [
  /** Before the bill is introduced. */
  'drafting',
  /** The lower or only chamber considers the bill (Mäjilis, State Duma, a unicameral parliament). */
  'lowerChamber',
  /** The upper chamber considers the bill (Senate, Federation Council). */
  'upperChamber',
  /** The chambers sit and vote together. */
  'jointSitting',
  /** A chamber reconsiders after the other chamber or the head of state objected. */
  'reconsideration',
  /** A conciliation commission or group works out an agreed text. */
  'conciliation',
  /** The head of state (or who signs in their stead) signs, returns or refers the law. */
  'headOfState',
  /** A court reviews the law before it takes effect. */
  'court',
  /** The process has ended (enacted, failed, withdrawn, lapsed). */
  'ended',
] as const;
export type StageRole = (typeof stageRoles)[number];

/**
 * How an end state says the bill ended (`meta.end` on each end state, set by `terminalStates`):
 * the outcome reads its reason here, never from the state's name.
 */
export type EndMeta = Readonly<{
  /** The outcome reason (`signed`, `veto-sustained`, …; docs/scenario-format.md). */
  reason: string;
  /**
   * A law simply signed keeps the reason a transition decided on the way (`meta.reason` of a
   * tacit approval, an override of the upper chamber, …), if there was one.
   */
  keepsEarlierReason?: boolean;
  /**
   * The reason names the chamber that rejected the bill, `rejected-by-<chamber>`: the deciding
   * vote's (`deciding`), or the upper chamber's whose rejection a later step confirmed
   * (`upperChamber`, e.g. the Duma failing to insist).
   */
  namesChamber?: 'deciding' | 'upperChamber';
}>;

/** One version of a jurisdiction's legislative procedure: a registry entry. */
export type Procedure = Readonly<{
  id: string;
  jurisdiction: Jurisdiction;
  title: string;
  constitution: string;
  validFrom: IsoDay;
  /** Last day in force; absent while in force. */
  validTo?: IsoDay;
  chambers: readonly ChamberSpec[];
  billKinds: readonly BillKind[];
  /** true when the procedure rests on assumptions no source confirms yet. */
  provisional: boolean;
  /** Each modelling choice that no primary source settles, in plain words. */
  assumptions: readonly string[];
  citations: Readonly<Record<string, Citation>>;
  machine: AnyStateMachine;
}>;

/** A chamber's name in a procedure ("State Duma"), or its id where the procedure has no such chamber. */
export const chamberName = (procedure: Pick<Procedure, 'chambers'>, chamber: ChamberId): string =>
  procedure.chambers.find((c) => c.id === chamber)?.name ?? chamber;
