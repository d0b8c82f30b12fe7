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

/** Seats in force per chamber of a procedure: the denominators of every threshold. */
export type Seats = Readonly<Partial<Record<ChamberId, number>>>;
