import type { AnyMachineSnapshot } from 'xstate';
import { parseDate } from '../domain/calendar.js';
import { assertNever } from '../domain/errors.js';
import type { BillEvent, VoteHeld } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import { statechartOf } from '../render/statechart.js';
import type { ClocksAdvanced, Elapsed } from './clocks.js';
import { advanceClocks } from './clocks.js';
import type { MachineStep, Taken } from './machineStep.js';
import { metaOf } from './machineStep.js';
import type { Move } from './moves.js';
import { allowedMoves } from './moves.js';

/**
 * How conformance mode goes on after an event the procedure does not allow there (DESIGN.md,
 * Real records: "conformance mode recovers"). Three readings of the record compete:
 * - `skip`: the event is left out, as if it had not happened (an event out of place, or an act
 *   after its time limit ran out, whose consequence then stands);
 * - `late`: the event was allowed until a time limit with a recorded start ran out: the breach is
 *   of that time limit, and the act is taken as if in time (when what follows implies it was);
 * - `forward`: the bill had moved on through steps nobody recorded; the shortest such path over
 *   the statechart is assumed, then the event applies.
 * The reading after which the following recorded events fit best (fewest refused) wins; on a tie,
 * the order above. The one anomaly names the rule at stake: for an act after its time limit, that
 * time limit.
 */
export type LateReading = Readonly<{
  kind: 'late';
  deadline: Elapsed;
  kept: readonly Elapsed[];
  taken: Taken;
}>;
export type ForwardReading = Readonly<{
  kind: 'forward';
  path: readonly AssumedStep[];
  taken: Taken;
}>;
export type Recovery = LateReading | Readonly<{ kind: 'skip' }> | ForwardReading;

/** A step nobody recorded, assumed by recovery: the event synthesised for it and what it did. */
export type AssumedStep = Readonly<{
  event: BillEvent;
  before: AnyMachineSnapshot;
  taken: Taken;
}>;

export type RecoveryInput = Readonly<{
  procedure: Procedure;
  step: MachineStep;
  events: readonly BillEvent[];
  index: number;
  /** The position before the clocks were brought up to the event's date. */
  marked: AnyMachineSnapshot;
  advanced: ClocksAdvanced;
}>;

/** How many following events a reading is scored on: enough to tell, bounded in cost. */
const LOOKAHEAD = 12;
/** The longest unrecorded path recovery assumes. */
const MAX_ASSUMED = 4;
const ASSUMED_NOTE = 'not recorded: assumed by the replay so that the next recorded event applies';

export const chooseRecovery = (input: RecoveryInput): Recovery => {
  const event = input.events[input.index] as BillEvent;
  const candidates: [Recovery, AnyMachineSnapshot][] = [[{ kind: 'skip' }, input.marked]];
  const late = lateReading(input, event);
  if (late !== undefined) candidates.push([late, late.taken.next]);
  const path = forwardPath(input, event);
  if (path !== undefined) candidates.push([path, path.taken.next]);
  let best = candidates[0] as [Recovery, AnyMachineSnapshot];
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = refusals(input, candidate[1]);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best[0];
};

/** The latest derived deadline before which the event was still allowed: it came late. */
export const lateReading = (
  input: Pick<RecoveryInput, 'step' | 'advanced'>,
  event: BillEvent,
): LateReading | undefined => {
  const { elapsed } = input.advanced;
  for (let k = elapsed.length - 1; k >= 0; k--) {
    const deadline = elapsed[k] as Elapsed;
    const taken = input.step(deadline.before, event);
    if (taken !== undefined) return { kind: 'late', deadline, kept: elapsed.slice(0, k), taken };
  }
  return undefined;
};

/** Events the replay never assumes: acts that change the bill's fate only when recorded. */
const neverAssumed = new Set<string>([
  'DeadlineElapsed',
  'BillWithdrawn',
  'BillLapsed',
  'PresidentRefused',
  'SignedInStead',
  'ConstitutionalReviewRequested',
]);

const param = (m: Move, key: string): unknown => m.guard?.params?.[key];

/** An event that selects `move`, dated `at`, with only what its guard requires. */
const assumedEvent = (m: Move, at: string): BillEvent | undefined => {
  const note = ASSUMED_NOTE;
  switch (m.type) {
    case 'VoteHeld': {
      const [chamber, motion, outcome] = ['chamber', 'motion', 'outcome'].map((k) => param(m, k));
      if (typeof chamber !== 'string' || typeof motion !== 'string') return undefined;
      const reading = param(m, 'reading');
      const data = {
        chamber,
        motion,
        result: outcome === 'failed' ? 'failed' : 'passed',
        ...(typeof reading === 'number' ? { reading } : {}),
      } as VoteHeld['data'];
      return { type: 'VoteHeld', at, data, note };
    }
    case 'BillIntroduced': {
      const kind = param(m, 'kind');
      if (kind !== 'law' && kind !== 'constitutionalLaw') return undefined;
      return { type: m.type, at, data: { kind, title: '(not recorded)' }, note };
    }
    case 'Transmitted': {
      const to = param(m, 'to');
      return typeof to === 'string' ? { type: m.type, at, data: { to }, note } : undefined;
    }
    case 'ConciliationCompleted':
      return { type: m.type, at, data: { agreed: param(m, 'agreed') !== false }, note };
    case 'ConstitutionalReviewDecided': {
      const constitutional = param(m, 'constitutional');
      return typeof constitutional === 'boolean'
        ? { type: m.type, at, data: { constitutional }, note }
        : undefined;
    }
    case 'ConciliationCommissionFormed':
    case 'PresidentSigned':
    case 'PresidentReturned':
    case 'Published':
    case 'EnteredIntoForce':
      return { type: m.type, at, data: {}, note };
    // Acts of a chamber that decide nothing, and acts never assumed (`neverAssumed`).
    case 'AmendmentsProposed':
    case 'ConsiderationPostponed':
    case 'ConstitutionalReviewRequested':
    case 'DeadlineElapsed':
    case 'BillWithdrawn':
    case 'BillLapsed':
    case 'PresidentRefused':
    case 'SignedInStead':
      return undefined;
    default:
      return assertNever(m.type, 'assumedEvent');
  }
};

/** Passed votes before failed ones: a record that goes on is likelier to have passed. */
const byLikelihood = (a: Move, b: Move): number =>
  Number(param(a, 'outcome') === 'failed') - Number(param(b, 'outcome') === 'failed');

/** The shortest unrecorded path (breadth first, at most MAX_ASSUMED steps) to where `event` applies. */
const forwardPath = (input: RecoveryInput, event: BillEvent): ForwardReading | undefined => {
  const at = event.at;
  let frontier: { snapshot: AnyMachineSnapshot; path: AssumedStep[] }[] = [
    { snapshot: input.advanced.snapshot, path: [] },
  ];
  const seen = new Set<string>([JSON.stringify(input.advanced.snapshot.value)]);
  for (let depth = 0; depth < MAX_ASSUMED; depth++) {
    const next: typeof frontier = [];
    for (const { snapshot, path } of frontier) {
      const moves = allowedMoves(snapshot)
        .filter((m) => !neverAssumed.has(m.type))
        .sort(byLikelihood);
      for (const m of moves) {
        const assumed = assumedEvent(m, at);
        if (assumed === undefined) continue;
        const taken = input.step(snapshot, assumed);
        // Keep only events that select the move they were made for, and never a breach.
        if (taken === undefined || metaOf(taken.chosen).rule !== m.rule) continue;
        if (metaOf(taken.chosen).breach === true) continue;
        const key = JSON.stringify(taken.next.value);
        if (seen.has(key)) continue;
        seen.add(key);
        const steps = [...path, { event: assumed, before: snapshot, taken }];
        const applied = input.step(taken.next, event);
        if (applied !== undefined && metaOf(applied.chosen).breach !== true)
          return { kind: 'forward', path: steps, taken: applied };
        next.push({ snapshot: taken.next, path: steps });
      }
    }
    frontier = next;
  }
  return undefined;
};

/** How many of the next recorded events a position refuses, each refused one left out. */
const refusals = (input: RecoveryInput, start: AnyMachineSnapshot): number => {
  const { procedure, step, events, index } = input;
  let snapshot = start;
  let refused = 0;
  const end = Math.min(events.length, index + 1 + LOOKAHEAD);
  try {
    for (let i = index + 1; i < end; i++) {
      const event = events[i] as BillEvent;
      const day = parseDate(event.at).earliest;
      const advanced = advanceClocks(procedure.id, procedure.machine, step, snapshot, day, {
        event,
        index: i,
      });
      const taken = step(advanced.snapshot, event);
      if (taken === undefined || metaOf(taken.chosen).breach === true) refused++;
      if (taken !== undefined) snapshot = taken.next;
    }
  } catch {
    return Infinity;
  }
  return refused;
};

const charts = new WeakMap<Procedure, ReturnType<typeof statechartOf>>();

/**
 * The rule at stake for an event the procedure does not allow where it is: the rule of the
 * transition that would take it (for a vote, of that chamber and motion), wherever it is.
 */
export const ruleAtStake = (procedure: Procedure, event: BillEvent): string | undefined => {
  const chart = charts.get(procedure) ?? statechartOf(procedure);
  charts.set(procedure, chart);
  const key = event.type === 'VoteHeld' ? `${event.data.chamber} ${event.data.motion}` : undefined;
  const found = chart.transitions.find(
    (t) => t.event === event.type && (key === undefined || t.label.includes(key)),
  );
  return found?.rule;
};
