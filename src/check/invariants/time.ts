import type { AnyMachineSnapshot } from 'xstate';
import type { Clock } from '../../../machines/shared/context.js';
import { parseDate, toDayNumber } from '../../domain/calendar.js';
import type { PeriodLength } from '../../domain/calendar.js';
import type { Procedure } from '../../domain/procedure.js';
import { initialSnapshot } from '../../replay/pureTransition.js';
import type { ReplayResult, TraceStep } from '../../replay/replay.js';
import { contextOf } from '../../replay/replay.js';
import type { ClockDeclaration, ProcedureDeclaration } from '../declarations.js';
import { inStage } from '../declarations.js';
import type { Invariant } from '../invariant.js';
import { describeStep } from './describe.js';

const running = (snapshot: AnyMachineSnapshot): Clock[] =>
  contextOf(snapshot).clocks.filter((c) => c.suspendedOn === undefined);

/** The snapshot each step was applied to. */
const before = (procedure: Procedure, result: ReplayResult, i: number): AnyMachineSnapshot =>
  i === 0
    ? initialSnapshot(procedure.machine, result.seats)
    : (result.trace[i - 1] as TraceStep).snapshot;

/** A derived deadline is dated on the due date of the earliest running clock it names. */
const derivedProblem = (step: TraceStep, prior: AnyMachineSnapshot): string | undefined => {
  if (step.event.type !== 'DeadlineElapsed') return `${describeStep(step)} was derived`;
  const clocks = running(prior);
  const id = step.event.data.clock;
  const clock = clocks.find((c) => c.id === id);
  if (clock === undefined) return `${describeStep(step)}: no clock "${id}" was running`;
  if (clock.dueOn !== step.event.at)
    return `${describeStep(step)} is dated ${step.event.at}, but the clock was due ${clock.dueOn}`;
  const earlier = clocks.find((c) => c.dueOn < clock.dueOn);
  return earlier === undefined
    ? undefined
    : `${describeStep(step)} was derived before the earlier clock "${earlier.id}" (due ${earlier.dueOn})`;
};

/** No input event comes after a running clock's due date unless its end was derived first. */
const lateProblem = (step: TraceStep, prior: AnyMachineSnapshot): string | undefined => {
  const day = parseDate(step.event.at).earliest;
  // A clock whose assumed start this recorded event contradicted was revised, not run out.
  const revised = new Set((step.revisedClocks ?? []).map((r) => r.clock));
  const missed = running(prior).find((c) => toDayNumber(c.dueOn) < day && !revised.has(c.id));
  return missed === undefined
    ? undefined
    : `${describeStep(step)} came after the clock "${missed.id}" ran out on ${missed.dueOn}, and its end was not derived first`;
};

const sameLength = (a: PeriodLength, b: PeriodLength): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

const describeLengths = (lengths: readonly PeriodLength[]): string =>
  lengths.map((l) => ('days' in l ? `${l.days} days` : `${l.months} month(s)`)).join(' or ');

/** A declared stage runs its clock: running or suspended with a declared length, or overdue. */
const clockProblem = (step: TraceStep, decl: ClockDeclaration): string | undefined => {
  if (!inStage(step.after.path, decl.stage)) return undefined;
  const context = contextOf(step.snapshot);
  const clock = context.clocks.find((c) => c.id === decl.clock);
  if (clock === undefined) {
    return context.overdue.some((o) => o.clock === decl.clock)
      ? undefined
      : `after ${describeStep(step)} the bill is at ${step.after.path}, but no clock "${decl.clock}" runs there (${describeLengths(decl.lengths)}, ${decl.article})`;
  }
  return decl.lengths.some((l) => sameLength(l, clock.length))
    ? undefined
    : `after ${describeStep(step)} the clock "${decl.clock}" runs for ${describeLengths([clock.length])}, but ${decl.article} sets ${describeLengths(decl.lengths)}`;
};

/** A vote of a chamber whose time limit ran out, or the limit only noted as overdue. */
const boundProblem = (
  step: TraceStep,
  prior: AnyMachineSnapshot,
  decl: ClockDeclaration,
): string | undefined => {
  const context = contextOf(prior);
  if (decl.exceptMandatory === true && context.subjects.length > 0) return undefined;
  if (!inStage(step.before.path, decl.stage)) return undefined;
  const noted = contextOf(step.snapshot).overdue.slice(context.overdue.length);
  const overdue = noted.find((o) => o.clock === decl.clock);
  if (overdue !== undefined)
    return `${describeStep(step)}: the end of "${decl.clock}" on ${overdue.dueOn} was only noted as overdue, though it decides for the ${(decl.bounds ?? []).join(' and ')} (${decl.article})`;
  if (step.event.type !== 'VoteHeld' || !(decl.bounds ?? []).includes(step.event.data.chamber))
    return undefined;
  const clock = context.clocks.find((c) => c.id === decl.clock);
  if (clock === undefined || parseDate(step.event.at).earliest <= toDayNumber(clock.dueOn))
    return undefined;
  return `${describeStep(step)} was accepted though the ${step.event.data.chamber}'s time limit "${decl.clock}" ended on ${clock.dueOn} (${decl.article})`;
};

/** Built with the declarations it reads (src/check/declarations.ts). */
export const deadlinesOnTime = (
  declarationOf: (id: string) => ProcedureDeclaration,
): Invariant => ({
  name: 'deadlines-on-time',
  sentence:
    'Every stage with a time limit runs its clock for the length the constitution sets; a derived deadline falls on its due date, earliest first; and nothing a time limit decides happens after it ran out.',
  article:
    'Constitution of Kazakhstan, arts. 44(2), 54(2), 61(4); Constitution of Russia, arts. 105(3)–(4), 107(1)–(3), 108(2)',
  procedures: 'all',
  check: ({ procedure, result }) => {
    const { clocks } = declarationOf(procedure.id);
    const bounded = clocks.filter((d) => (d.bounds ?? []).length > 0);
    for (const [i, step] of result.trace.entries()) {
      const prior = before(procedure, result, i);
      const problem =
        (step.derived ? derivedProblem(step, prior) : lateProblem(step, prior)) ??
        clocks.map((d) => clockProblem(step, d)).find((p) => p !== undefined) ??
        bounded.map((d) => boundProblem(step, prior, d)).find((p) => p !== undefined);
      if (problem !== undefined) return problem;
    }
    return undefined;
  },
});

export const datesNeverGoBackwards: Invariant = {
  name: 'dates-never-go-backwards',
  onPaths: false,
  sentence:
    'Every step of the replay, derived deadlines included, is dated no earlier than the step before it.',
  article: 'DESIGN.md, Procedures (deadlines are derived from event dates)',
  procedures: 'all',
  check: ({ result }) => {
    for (const [i, step] of result.trace.entries()) {
      const previous = result.trace[i - 1];
      if (previous === undefined) continue;
      if (parseDate(step.event.at).latest < parseDate(previous.event.at).earliest)
        return `${describeStep(step)} comes after ${describeStep(previous)}`;
    }
    return undefined;
  },
};
