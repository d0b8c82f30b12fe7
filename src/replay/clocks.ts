import type { AnyMachineSnapshot, AnyStateMachine, StateValue } from 'xstate';
import type { BillContext, Clock } from '../../machines/shared/context.js';
import type { IsoDay } from '../domain/calendar.js';
import { addDays, addMonths, earliestDay, latestDay } from '../domain/calendar.js';
import { SimulatorError } from '../domain/errors.js';
import type { BillEvent, DeadlineElapsed } from '../domain/events.js';
import type { MachineStep, Taken } from './machineStep.js';
import { stageOf } from './stage.js';
import { nextExpired } from './traceStep.js';

/**
 * A clock whose assumed start a recorded event contradicted: the start moved from `from` to
 * `to`, just far enough that the event `index` is in time (`inTime`: due on its date), or that
 * the time had run out before it (`ranOut`: due the day before, the act being one the law allows
 * only then, such as a signature in the head of state's stead).
 */
export type ClockRevision = Readonly<{
  clock: string;
  label: string;
  rule: string;
  from: IsoDay;
  to: IsoDay;
  dueOn: IsoDay;
  index: number;
  kind: 'inTime' | 'ranOut';
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

/**
 * The event about to be applied, which may contradict an assumed clock start, and the day of the
 * last recorded event before it: no assumed start moves before what is recorded.
 */
export type NextRecorded = Readonly<{ event: BillEvent; index: number; notBefore?: IsoDay }>;

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
const revise = (
  clock: Clock,
  next: NextRecorded,
  kind: ClockRevision['kind'],
): [Clock, ClockRevision] => {
  const dueOn =
    kind === 'inTime' ? latestDay(next.event.at) : addDays(earliestDay(next.event.at), -1);
  const to =
    'days' in clock.length
      ? addDays(dueOn, -clock.length.days)
      : addMonths(dueOn, -clock.length.months);
  const because = kind === 'inTime' ? 'is recorded' : 'shows the time had run out';
  const revised: Clock = {
    ...clock,
    startedOn: to,
    dueOn,
    startAssumed: true,
    assumption: `start assumed ${clock.startedOn}, revised to ${to} because event ${next.index} (${next.event.at}) ${because}`,
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
      kind,
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
 * record, so the start is revised later; when it is refused now but would be allowed once the
 * clock ran out (a signature in the head of state's stead), the start is revised earlier, never
 * before the last recorded event. Each revision is returned to be said in the output.
 */
export const advanceClocks = (
  procedureId: string,
  machine: AnyStateMachine,
  step: MachineStep,
  start: AnyMachineSnapshot,
  day: number,
  next?: NextRecorded,
): ClocksAdvanced => {
  const advanced = runClocks(procedureId, machine, step, start, day, next);
  if (next === undefined || step(advanced.snapshot, next.event) !== undefined) return advanced;
  const earlier = expireEarlier(procedureId, machine, step, advanced.snapshot, day, next);
  if (earlier === undefined) return advanced;
  return {
    snapshot: earlier.snapshot,
    elapsed: [...advanced.elapsed, ...earlier.elapsed],
    revisions: [...advanced.revisions, ...earlier.revisions],
  };
};

/**
 * The next recorded event is refused, but would apply had a clock whose start was assumed run out
 * the day before it: the record shows the time had run out, so the start moves earlier, as far as
 * that and no further, and not before the last recorded event. Undefined when no clock can.
 */
const expireEarlier = (
  procedureId: string,
  machine: AnyStateMachine,
  step: MachineStep,
  snapshot: AnyMachineSnapshot,
  day: number,
  next: NextRecorded,
): ClocksAdvanced | undefined => {
  const { notBefore } = next;
  if (notBefore === undefined) return undefined;
  for (const clock of clocksOf(snapshot)) {
    if (!clock.startAssumed || clock.suspendedOn !== undefined) continue;
    const [revised, revision] = revise(clock, next, 'ranOut');
    if (revised.dueOn >= clock.dueOn || revised.startedOn < notBefore) continue;
    const moved = withClock(machine, snapshot, revised);
    const advanced = runClocks(procedureId, machine, step, moved, day, undefined);
    if (step(advanced.snapshot, next.event) === undefined) continue;
    return { ...advanced, revisions: [revision, ...advanced.revisions] };
  }
  return undefined;
};

/** The clocks run up to `day`, with the later revisions `next` asks for (advanceClocks). */
const runClocks = (
  procedureId: string,
  machine: AnyStateMachine,
  step: MachineStep,
  start: AnyMachineSnapshot,
  day: number,
  next: NextRecorded | undefined,
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
      const [revised, revision] = revise(clock, next, 'inTime');
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
