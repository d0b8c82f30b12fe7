import { to } from './transitions.js';

/**
 * The absorbing end states every procedure shares. Their child names are the outcome reasons
 * (`failed.vetoSustained` → reason `veto-sustained`). An enacted law still records its
 * publication and entry into force, which change nothing about the outcome.
 */
export const terminalStates = {
  enacted: {
    description: 'Enacted',
    initial: 'signed',
    on: {
      Published: to(undefined, 'law.publication'),
      EnteredIntoForce: to(undefined, 'law.entryIntoForce'),
    },
    states: {
      signed: { description: 'signed by the President' },
      override: { description: 'signed after the veto was overridden' },
    },
  },
  failed: {
    description: 'Not adopted',
    initial: 'notAdopted',
    states: {
      notAdopted: { type: 'final', description: 'not adopted' },
      rejected: { type: 'final', description: 'rejected as a whole' },
      rejectedByUpperChamber: { type: 'final', description: 'rejected by the upper chamber' },
      vetoSustained: { type: 'final', description: 'veto sustained' },
      objectionsAccepted: { type: 'final', description: "the President's objections accepted" },
      unconstitutional: { type: 'final', description: 'found unconstitutional' },
    },
  },
  withdrawn: { type: 'final', description: 'Withdrawn by the initiator' },
  lapsed: { type: 'final', description: 'Lapsed' },
} as const;

/** Top-level stages that end the bill's process; `enacted.*` still records publication. */
export const terminalStageNames = ['enacted', 'failed', 'withdrawn', 'lapsed'] as const;
export type TerminalStage = (typeof terminalStageNames)[number];
