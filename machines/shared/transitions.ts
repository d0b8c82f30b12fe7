import type { ChamberId } from '../../src/domain/chambers.js';
import { billKinds } from '../../src/domain/events.js';
import type { BillKind, Motion } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';
import type { ClockParams, VoteGuardParams } from './billSetup.js';

/**
 * Small builders for transition configs, so a machine reads as its constitution does. Every
 * transition carries `meta.rule`, the id of the rule it applies; the procedure's citation table
 * maps that id to an article (tests/machines/registry.test.ts checks that none is missing).
 */
export type RuleMeta = Readonly<{
  rule: string;
  /**
   * The step happened in real history but breaks the rule cited (a head of state refusing to act
   * in a way the constitution does not provide): strict replay refuses it, conformance mode
   * records it as an anomaly under this rule and goes on along the transition.
   */
  breach?: true;
  /** The outcome reason this transition decides (`override-of-upper-chamber`, `signed-in-stead`, …). */
  reason?: string;
  /**
   * Optional steps of the chambers' rules this transition passes over when it is taken, said in
   * the replay's output as not recorded (e.g. "the first and second readings"): never demanded.
   */
  notRecorded?: string;
}>;

type Action =
  | 'recordIntroduction'
  | 'countReading'
  | 'resetReadings'
  | Readonly<{
      type: 'markOverdue' | 'stopClock' | 'suspendClock' | 'resumeClock';
      params: Readonly<{ clock: string }>;
    }>
  | Readonly<{ type: 'startClock'; params: ClockParams }>;

export type Step = Readonly<{
  target?: string | undefined;
  rule: string;
  actions?: readonly Action[] | undefined;
  breach?: true | undefined;
  reason?: string | undefined;
  notRecorded?: string | undefined;
}>;

const step = ({ target, rule, actions, breach, reason, notRecorded }: Step) => ({
  ...(target === undefined ? {} : { target }),
  ...(actions === undefined ? {} : { actions: [...actions] }),
  meta: {
    rule,
    ...(breach === undefined ? {} : { breach }),
    ...(reason === undefined ? {} : { reason }),
    ...(notRecorded === undefined ? {} : { notRecorded }),
  } satisfies RuleMeta,
});

/** Go to `target` (or stay, without one) under `rule`. */
export const to = (target: string | undefined, rule: string, actions?: readonly Action[]) =>
  step({ target, rule, actions });

/** The two answers to one vote: what follows if it passed, and if it failed. */
export const vote = (params: Omit<VoteGuardParams, 'outcome'>, passed: Step, failed: Step) => [
  {
    guard: { type: 'vote' as const, params: { ...params, outcome: 'passed' as const } },
    ...step(passed),
  },
  {
    guard: { type: 'vote' as const, params: { ...params, outcome: 'failed' as const } },
    ...step(failed),
  },
];

/** One vote whose threshold depends on the kind of law (ordinary or constitutional). */
export const voteByKind = (
  chamber: ChamberId,
  motion: Motion,
  threshold: Readonly<Record<BillKind, ThresholdName>>,
  passed: Step,
  failed: Step,
) =>
  billKinds.flatMap((kind) =>
    vote({ chamber, motion, threshold: threshold[kind], kind }, passed, failed),
  );

export const whenKind = (kind: BillKind, s: Step) => ({
  guard: { type: 'kindIs' as const, params: { kind } },
  ...step(s),
});

/** What happens when a clock runs out. */
export const onElapsed = (clock: string, s: Step, mandatory?: boolean) => ({
  guard: {
    type: 'clockElapsed' as const,
    params: mandatory === undefined ? { clock } : { clock, mandatory },
  },
  ...step(s),
});

/** A time limit whose expiry has no stated consequence: noted as overdue, nothing else changes. */
export const overdue = (clock: string, rule: string) =>
  onElapsed(clock, { rule, actions: [{ type: 'markOverdue', params: { clock } }] });

export const startClock = (params: ClockParams) => ({ type: 'startClock' as const, params });
export const stopClock = (clock: string) => ({ type: 'stopClock' as const, params: { clock } });
export const suspendClock = (clock: string) => ({
  type: 'suspendClock' as const,
  params: { clock },
});
export const resumeClock = (clock: string) => ({ type: 'resumeClock' as const, params: { clock } });

export const transmittedTo = (to: ChamberId, s: Step) => ({
  guard: { type: 'transmittedTo' as const, params: { to } },
  ...step(s),
});

export const chamberIs = (chamber: VoteGuardParams['chamber'], s: Step) => ({
  guard: { type: 'chamberIs' as const, params: { chamber } },
  ...step(s),
});

export const conciliationAgreed = (agreed: boolean, s: Step) => ({
  guard: { type: 'conciliationAgreed' as const, params: { agreed } },
  ...step(s),
});

export const reviewFound = (constitutional: boolean, s: Step) => ({
  guard: { type: 'reviewFound' as const, params: { constitutional } },
  ...step(s),
});

/** An unguarded transition that may carry a reason or mark a breach (`to` carries neither). */
export const go = (s: Step) => step(s);

/** A request to the Court on `question` (unstated: `conformity`). */
export const reviewAsked = (question: 'conformity' | 'competenceDispute', s: Step) => ({
  guard: { type: 'reviewAsked' as const, params: { question } },
  ...step(s),
});

/** A competence-dispute ruling: the head of state must sign, or need not. */
export const signatureRequired = (required: boolean, s: Step) => ({
  guard: { type: 'signatureRequired' as const, params: { signatureRequired: required } },
  ...step(s),
});

/** A commission of these parties (unstated: the one the stage provides). */
export const commissionOf = (parties: 'chambers' | 'chambersAndPresident', s: Step) => ({
  guard: { type: 'commissionOf' as const, params: { parties } },
  ...step(s),
});
