import type { IsoDay } from './calendar.js';
import { earliestDay } from './calendar.js';

/**
 * A chamber's id, as events name it (`majilis`, `federationCouncil`, `nationalAssembly`): a
 * lower-camel-case word. Each procedure lists its own chambers (`Procedure.chambers`, with their
 * names and seats), so a new parliament needs no edit here; replay refuses a chamber the
 * procedure does not have.
 */
export type ChamberId = string;

export const CHAMBER_ID = /^[a-z][A-Za-z]{1,39}$/;

/** What a chamber id must look like, for error messages. */
export const CHAMBER_ID_SHAPE =
  'a chamber id: one lower-camel-case word, such as majilis or nationalAssembly';

/** A chamber's size from a day on: a new convocation of another size, two senators more. */
export type SeatsFrom = Readonly<{ from: IsoDay; seats: number }>;

/**
 * A chamber's size over a bill's life: one number, or its sizes by date, oldest first (a date
 * before the first one counts the first size).
 */
export type ChamberSize = number | readonly [SeatsFrom, ...SeatsFrom[]];

/** Seats in force per chamber of a procedure: the denominators of every threshold. */
export type Seats = Readonly<Partial<Record<ChamberId, ChamberSize>>>;

/** Seats a user fixes for the whole life of a bill (a scenario's `seats`). */
export type SeatCounts = Readonly<Partial<Record<ChamberId, number>>>;

/**
 * The size of `chamber` on the day of an event (`at`: a day, a month or a range, of which the
 * first day counts), or undefined for a chamber `seats` does not name.
 */
export const seatsOn = (seats: Seats, chamber: ChamberId, at: string): number | undefined => {
  const size = seats[chamber];
  if (size === undefined || typeof size === 'number') return size;
  const day = at.length === 10 ? at : earliestDay(at);
  let n = size[0].seats;
  for (const s of size) if (s.from <= day) n = s.seats;
  return n;
};
