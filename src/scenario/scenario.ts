import type { Seats } from '../domain/chambers.js';
import type { BillEvent } from '../domain/events.js';
import type { Jurisdiction } from '../domain/procedure.js';
import type { Expectation, ScenarioEnvelope } from './schema.js';

export type Branch = Readonly<{
  name: string;
  description?: string;
  /** Index of the last main-history event the branch keeps. */
  after: number;
  procedure?: string;
  seats?: Seats;
  asOf?: string;
  events: readonly BillEvent[];
  eventLines: readonly (number | undefined)[];
  expect: Expectation;
}>;

/** A loaded, validated scenario: a real bill's history and its what-ifs. */
export type Scenario = Readonly<{
  file?: string;
  id: string;
  title: string;
  description?: string;
  jurisdiction: Jurisdiction;
  procedure?: string;
  bill: ScenarioEnvelope['bill'];
  seats?: Seats;
  seatsNote?: string;
  asOf?: string;
  /** `conformance` where the real history broke a rule (then `expect.anomalies` lists each breach). */
  mode?: 'strict' | 'conformance';
  notes: readonly string[];
  events: readonly BillEvent[];
  eventLines: readonly (number | undefined)[];
  expect: Expectation;
  branches: readonly Branch[];
}>;
