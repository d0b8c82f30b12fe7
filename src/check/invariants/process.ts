import type { Motion } from '../../domain/events.js';
import type { Procedure } from '../../domain/procedure.js';
import { outcomeOf } from '../../projections/outcome.js';
import { initialSnapshot } from '../../replay/pureTransition.js';
import type { TraceStep } from '../../replay/replay.js';
import { contextOf } from '../../replay/replay.js';
import type { Invariant } from '../invariant.js';
import { canFinish } from '../reachability.js';
import { decidingTerminal, describeStep, firstTerminal } from './describe.js';
import { kebab } from '../../domain/text.js';

export const finalStatesAbsorb: Invariant = {
  name: 'final-states-absorb',
  sentence:
    'Once a bill is enacted, failed, withdrawn or lapsed, nothing changes its stage (an enacted law only records publication and entry into force, or is struck down where a court reviews laws after promulgation) and no time limit runs.',
  article: 'Constitution of Kazakhstan, art. 44(2); Constitution of Russia, art. 107(1)',
  procedures: 'all',
  check: ({ result }) => {
    const end = firstTerminal(result.trace);
    if (end === undefined) return undefined;
    let path = end.step.after.path;
    for (const step of result.trace.slice(end.at)) {
      // The one way out of an end: an enacted law found unconstitutional (`afterEnactment`).
      const struckDown =
        path.startsWith('enacted.') && step.after.path === 'failed.unconstitutional';
      if (step.after.path !== path && !struckDown) {
        return `the bill ended at ${path} (${describeStep(end.step)}), then ${describeStep(step)} took it to ${step.after.path}`;
      }
      path = step.after.path;
      const running = contextOf(step.snapshot).clocks.find((c) => c.suspendedOn === undefined);
      if (running !== undefined) {
        return `the bill ended at ${path}, but the clock "${running.id}" still runs (due ${running.dueOn}) after ${describeStep(step)}`;
      }
    }
    return undefined;
  },
};

/**
 * The reasons a law simply signed may carry, from what happened on the way: each reason a
 * transition decided (`meta.reason`: a tacit approval, a wording adopted after the head of
 * state's objections, …), and one chamber overruling the other or a wording adopted after a veto
 * as the votes show them.
 */
const signedReasons = (steps: readonly TraceStep[]): string[] => {
  const passed = (motion: Motion): boolean =>
    steps.some((s) => s.vote?.motion === motion && s.vote.result === 'passed');
  return [
    ...steps.flatMap((s) => (s.reason === undefined ? [] : [s.reason])),
    ...(passed('reaffirm') ? ['override-of-upper-chamber'] : []),
    ...(passed('adoptInPresidentWording') ? ['adopted-in-president-wording'] : []),
    ...(passed('adoptInNewWording') ? ['adopted-in-new-wording'] : []),
  ];
};

/**
 * The reasons the machine's end state allows (outcome.reason vocabulary): the one the ending
 * transition states, else the end state's own (`meta.end`); a law simply signed may carry what
 * happened on the way, a rejection may name the chamber that rejected.
 */
const reasonsFor = (
  procedure: Procedure,
  end: TraceStep,
  steps: readonly TraceStep[],
): string[] => {
  const stated = end.reason === undefined ? [] : [end.reason];
  const meta = end.after.end;
  if (meta === undefined) return [...stated, end.after.top];
  if (meta.keepsEarlierReason === true) return [...stated, meta.reason, ...signedReasons(steps)];
  if (meta.namesChamber !== undefined)
    return [...stated, meta.reason, ...procedure.chambers.map((c) => `rejected-by-${kebab(c.id)}`)];
  return [...stated, meta.reason];
};

export const outcomeAgreesWithState: Invariant = {
  name: 'outcome-agrees-with-state',
  sentence:
    "The outcome shown (status, reason, stage and date) agrees with the machine's final state and the step that ended the process.",
  article: 'DESIGN.md, Outcome vocabulary',
  procedures: 'all',
  check: ({ procedure, result }) => {
    const outcome = outcomeOf(result.trace);
    const status = result.stage.terminal ?? 'pending';
    if (outcome.status !== status) {
      return `the outcome says ${outcome.status} (${outcome.reason}), but the final state is ${result.stage.path}`;
    }
    const end = decidingTerminal(result.trace);
    if (end === undefined) {
      return outcome.stage === result.stage.top
        ? undefined
        : `pending at ${result.stage.path}, but the outcome names the stage ${outcome.stage}`;
    }
    const allowed = reasonsFor(procedure, end.step, result.trace.slice(0, end.at + 1));
    if (!allowed.includes(outcome.reason))
      return `ended at ${end.step.after.path}, but the outcome gives the reason ${outcome.reason}`;
    if (outcome.date !== end.step.event.at || outcome.stage !== end.step.before.top)
      return `ended by ${describeStep(end.step)} from ${end.step.before.top}, but the outcome says ${outcome.stage} on ${outcome.date}`;
    return undefined;
  },
};

export const noDeadEnds: Invariant = {
  name: 'no-dead-ends',
  sentence:
    'From every state a bill reaches, some sequence of events the procedure allows ends its process (enacted, failed, withdrawn or lapsed).',
  article: 'Every constitution here: a bill is adopted, rejected, withdrawn or lapses',
  procedures: 'all',
  check: ({ procedure, result }) => {
    if (!canFinish(procedure, result.seats, initialSnapshot(procedure.machine, result.seats)))
      return 'no final stage can be reached from the initial state';
    const stuck = result.trace.find((s) => !canFinish(procedure, result.seats, s.snapshot));
    return stuck === undefined
      ? undefined
      : `after ${describeStep(stuck)} the bill is at ${stuck.after.path}, from where no final stage can be reached`;
  },
};
