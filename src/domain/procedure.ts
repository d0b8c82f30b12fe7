import type { AnyStateMachine } from 'xstate';
import type { IsoDay } from './calendar.js';
import type { ChamberId } from './chambers.js';
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
  /** Seats in force; the denominator of every threshold in this chamber. */
  seats: number;
  /** true when the constitution fixes no number and a scenario should give it (Federation Council). */
  seatsVary?: boolean;
  basis: string;
}>;

export type Jurisdiction = 'KZ' | 'RU';

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
