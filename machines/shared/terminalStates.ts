import type { EndMeta } from '../../src/domain/procedure.js';
import { to } from './transitions.js';
import { kebab } from '../../src/domain/text.js';

const failures = {
  notAdopted: 'not adopted',
  rejected: 'rejected as a whole',
  rejectedByUpperChamber: 'rejected by the upper chamber',
  vetoSustained: 'veto sustained',
  objectionsAccepted: "the President's objections accepted",
  unconstitutional: 'found unconstitutional',
} as const;

/** What each end says about the outcome: its reason, and where the reason comes from. */
const endMeta = (name: FailureReason | Enactment | 'withdrawn' | 'lapsed'): { end: EndMeta } => {
  if (name === 'signed') return { end: { reason: 'signed', keepsEarlierReason: true } };
  if (name === 'rejected') return { end: { reason: 'rejected', namesChamber: 'deciding' } };
  if (name === 'rejectedByUpperChamber')
    return { end: { reason: 'rejected-by-upper-chamber', namesChamber: 'upperChamber' } };
  return { end: { reason: kebab(name) } };
};

/** Ways a bill can fail; each procedure lists those its constitution provides. */
export type FailureReason = keyof typeof failures;

const enactments = {
  signed: 'signed by the President',
  override: 'signed after the veto was overridden',
  signedInStead: "signed in the President's stead, as a law provides",
} as const;

/** Ways a law is enacted: every procedure has `signed` and `override`, some have more. */
export type Enactment = keyof typeof enactments;

/**
 * The absorbing end states every procedure shares, with only the failures `reasons` names and
 * the enactments beyond `signed` and `override` that `more` names, so that every state of a
 * machine is reachable. Each end carries its outcome reason as `meta.end` (`failed.vetoSustained`
 * → `veto-sustained`, `enacted.signedInStead` → `signed-in-stead`). An enacted law still records
 * its publication and entry into force, which change nothing about the outcome.
 */
export const terminalStates = <const A extends Readonly<Record<string, unknown>>>(
  reasons: readonly [FailureReason, ...FailureReason[]],
  more: readonly Exclude<Enactment, 'signed' | 'override'>[] = [],
  /**
   * What may still happen to an enacted law under this constitution: e.g. a constitutional court
   * that reviews laws after promulgation striking one down (a transition to
   * `#bill.failed.unconstitutional`, whose outcome then replaces `enacted`).
   */
  afterEnactment: A = {} as A,
) => ({
  enacted: {
    description: 'Enacted',
    initial: 'signed',
    on: {
      Published: to(undefined, 'law.publication'),
      EnteredIntoForce: to(undefined, 'law.entryIntoForce'),
      ...afterEnactment,
    },
    states: Object.fromEntries(
      (['signed', 'override', ...more] as const).map((e) => [
        e,
        { description: enactments[e], meta: endMeta(e) },
      ]),
    ),
  },
  failed: {
    description: 'Not adopted',
    initial: reasons[0],
    states: Object.fromEntries(
      reasons.map((r) => [
        r,
        { type: 'final' as const, description: failures[r], meta: endMeta(r) },
      ]),
    ),
  },
  withdrawn: {
    type: 'final' as const,
    description: 'Withdrawn by the initiator',
    meta: endMeta('withdrawn'),
  },
  lapsed: { type: 'final' as const, description: 'Lapsed', meta: endMeta('lapsed') },
});

/** Top-level stages that end the bill's process; `enacted.*` still records publication. */
export const terminalStageNames = ['enacted', 'failed', 'withdrawn', 'lapsed'] as const;
export type TerminalStage = (typeof terminalStageNames)[number];
