import type { AnyMachineSnapshot, AnyStateMachine, StateValue } from 'xstate';
import type { BillContext, Clock } from '../../machines/shared/context.js';
import type { IsoDay } from '../domain/calendar.js';
import { addDays, addMonths, latestDay } from '../domain/calendar.js';
import { SimulatorError } from '../domain/errors.js';
import type { BillEvent, DeadlineElapsed } from '../domain/events.js';
import type { MachineStep, Taken } from './machineStep.js';
import { stageOf } from './stage.js';
import { nextExpired } from './traceStep.js';

/**
 * A clock whose assumed start a recorded event contradicted: the start moved from `from` to
 * `to`, just far enough that the event `index` is in time (due on its date).
 */
export type ClockRevision = Readonly<{
  clock: string;
  label: string;
  rule: string;
  from: IsoDay;
  to: IsoDay;
  dueOn: IsoDay;
  index: number;
}>;

/** A deadline derived while the clocks were brought up to a day. */
export type Elapsed = Readonly<{
  event: DeadlineElapsed;
  before: AnyMachineSnapshot;
  taken: Taken;
}>;

export type ClocksAdvanced = Readonly<{
  snapshot: AnyMachineSnapshot;
  elapsed: readonly Elapsed[];
  revisions: readonly ClockRevision[];
}>;

/** The event about to be applied, which may contradict an assumed clock start. */
export type NextRecorded = Readonly<{ event: BillEvent; index: number }>;

const clocksOf = (snapshot: AnyMachineSnapshot): readonly Clock[] =>
  (snapshot.context as BillContext).clocks;

/** The snapshot with one clock replaced: the context is the only thing a revision changes. */
const withClock = (
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  clock: Clock,
): AnyMachineSnapshot => {
  const context = snapshot.context as BillContext;
  return machine.resolveState({
    value: snapshot.value as StateValue,
    context: { ...context, clocks: context.clocks.map((c) => (c.id === clock.id ? clock : c)) },
  });
};

/**
 * The revision is the least the record requires: the start moves just far enough that the
 * recorded event falls on the last day in time, so every other recorded event stays where the
 * law puts it (a tacit approval right after a recorded postponement still follows).
 */
const revise = (clock: Clock, next: NextRecorded): [Clock, ClockRevision] => {
  const dueOn = latestDay(next.event.at);
  const to =
    'days' in clock.length
      ? addDays(dueOn, -clock.length.days)
      : addMonths(dueOn, -clock.length.months);
  const revised: Clock = {
    ...clock,
    startedOn: to,
    dueOn,
    startAssumed: true,
    assumption: `start assumed ${clock.startedOn}, revised to ${to} because event ${next.index} (${next.event.at}) is recorded`,
  };
  return [
    revised,
    {
      clock: clock.id,
      label: clock.label,
      rule: clock.rule,
      from: clock.startedOn,
      to,
      dueOn,
      index: next.index,
    },
  ];
};

const NOTHING: readonly never[] = Object.freeze([]);

/** The next recorded event applies now, but not once the deadline has run out. */
const refusedOnlyBy = (
  step: MachineStep,
  snapshot: AnyMachineSnapshot,
  taken: Taken | undefined,
  next: NextRecorded,
): boolean =>
  taken !== undefined &&
  step(snapshot, next.event) !== undefined &&
  step(taken.next, next.event) === undefined;

/**
 * Brings the clocks up to `day` (exclusive): every running clock due before it runs out, earliest
 * first, as a derived `DeadlineElapsed` the machine decides on. Only recorded facts bind (DESIGN.md,
 * Real records): a clock whose start was assumed never refuses the next recorded event. When that
 * event is allowed now but would not be once the clock ran out, the expiry would contradict the
 * record, so the start is revised instead, and the revision is returned to be said in the output.
 */
export const advanceClocks = (
  procedureId: string,
  machine: AnyStateMachine,
  step: MachineStep,
  start: AnyMachineSnapshot,
  day: number,
  next?: NextRecorded,
): ClocksAdvanced => {
  let snapshot = start;
  let elapsed: Elapsed[] | undefined;
  let revisions: ClockRevision[] | undefined;
  for (
    let clock = nextExpired(snapshot, day);
    clock !== undefined;
    clock = nextExpired(snapshot, day)
  ) {
    const event: DeadlineElapsed = {
      type: 'DeadlineElapsed',
      at: clock.dueOn,
      data: { clock: clock.id },
    };
    const taken = step(snapshot, event);
    if (clock.startAssumed && next !== undefined && refusedOnlyBy(step, snapshot, taken, next)) {
      const [revised, revision] = revise(clock, next);
      snapshot = withClock(machine, snapshot, revised);
      (revisions ??= []).push(revision);
      continue;
    }
    const due = clock;
    if (
      taken === undefined ||
      clocksOf(taken.next).some((c) => c.id === due.id && c.dueOn === due.dueOn)
    ) {
      throw new SimulatorError(
        'procedure.unhandledDeadline',
        `Procedure ${procedureId} does not handle the end of clock "${due.id}" at ${stageOf(machine, snapshot.value).path}`,
        { procedure: procedureId, clock: due.id },
      );
    }
    (elapsed ??= []).push({ event, before: snapshot, taken });
    snapshot = taken.next;
  }
  return { snapshot, elapsed: elapsed ?? NOTHING, revisions: revisions ?? NOTHING };
};
