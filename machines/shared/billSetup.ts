import { assign, setup } from 'xstate';
import type { PeriodLength } from '../../src/domain/calendar.js';
import {
  daysBetween,
  dueDate,
  fromDayNumber,
  latestDay,
  toDayNumber,
} from '../../src/domain/calendar.js';
import type { ChamberId } from '../../src/domain/chambers.js';
import type {
  BillEvent,
  BillKind,
  ConciliationCommissionFormed,
  ConstitutionalReviewRequested,
  Motion,
  VoteResult,
} from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';
import type { BillContext, BillInput, Clock } from './context.js';
import { voteResultOf } from './voteResult.js';

/** Parameters of the `vote` guard: which vote this transition answers, and with what result. */
export type VoteGuardParams = Readonly<{
  chamber: ChamberId;
  motion: Motion;
  threshold: ThresholdName;
  outcome: VoteResult;
  /** Only a vote in this reading (e.g. the Duma's first reading). */
  reading?: number;
  /** At least this many intermediate readings passed before (Kazakh constitutional laws: 1). */
  minReadings?: number;
  /** Only for this kind of law (thresholds differ for constitutional laws). */
  kind?: BillKind;
}>;

export type ClockParams = Readonly<{
  clock: string;
  label: string;
  rule: string;
  length: PeriodLength;
  /** Kazakhstan: the Constitutional Court decides within 10 days when the President demands it. */
  urgentLength?: PeriodLength;
  /**
   * The period runs from an act the log may not record (receipt by the Senate): started by any
   * event but `Transmitted`, the start is marked assumed, with this explanation.
   */
  unrecordedStart?: string;
}>;

const startClock = (context: BillContext, event: BillEvent, p: ClockParams): BillContext => {
  if (context.clocks.some((c) => c.id === p.clock)) return context; // resumed, not restarted
  // A clock started by an elapsed deadline, or by a month-only date, starts on the latest day
  // the constitution allows: the start itself was not recorded.
  const startedOn = latestDay(event.at);
  const unrecorded = p.unrecordedStart !== undefined && event.type !== 'Transmitted';
  const startAssumed = event.type === 'DeadlineElapsed' || startedOn !== event.at || unrecorded;
  const urgent = event.type === 'ConstitutionalReviewRequested' && event.data.urgent === true;
  const length = urgent && p.urgentLength !== undefined ? p.urgentLength : p.length;
  const clock: Clock = {
    id: p.clock,
    label: p.label,
    rule: p.rule,
    length,
    startedOn,
    dueOn: dueDate(startedOn, length),
    startAssumed,
    ...(unrecorded && p.unrecordedStart !== undefined ? { assumption: p.unrecordedStart } : {}),
  };
  return { ...context, clocks: [...context.clocks, clock] };
};

const mapClock = (context: BillContext, id: string, f: (c: Clock) => Clock): BillContext => ({
  ...context,
  clocks: context.clocks.map((c) => (c.id === id ? f(c) : c)),
});

/**
 * The shared vocabulary of every procedure machine: the context, the domain events, and the
 * named guards and actions the machines reference by name (STYLE.md §5). Actions only assign.
 */
export const billSetup = setup({
  types: {
    context: {} as BillContext,
    events: {} as BillEvent,
    input: {} as BillInput,
  },
  guards: {
    vote: ({ context, event }, p: VoteGuardParams) =>
      event.type === 'VoteHeld' &&
      event.data.chamber === p.chamber &&
      event.data.motion === p.motion &&
      (p.reading === undefined || event.data.reading === p.reading) &&
      (p.minReadings === undefined || context.readings >= p.minReadings) &&
      (p.kind === undefined || context.kind === p.kind) &&
      voteResultOf(event, context.seats, p.threshold) === p.outcome,
    kindIs: ({ event }, p: Readonly<{ kind: BillKind }>) =>
      event.type === 'BillIntroduced' && event.data.kind === p.kind,
    /** A clock ran out; `mandatory` narrows to bills with (or without) art. 106 subjects. */
    clockElapsed: ({ context, event }, p: Readonly<{ clock: string; mandatory?: boolean }>) =>
      event.type === 'DeadlineElapsed' &&
      event.data.clock === p.clock &&
      (p.mandatory === undefined || context.subjects.length > 0 === p.mandatory),
    transmittedTo: ({ event }, p: Readonly<{ to: ChamberId }>) =>
      event.type === 'Transmitted' && event.data.to === p.to,
    chamberIs: ({ event }, p: Readonly<{ chamber: ChamberId }>) =>
      (event.type === 'ConsiderationPostponed' || event.type === 'AmendmentsProposed') &&
      event.data.chamber === p.chamber,
    conciliationAgreed: ({ event }, p: Readonly<{ agreed: boolean }>) =>
      event.type === 'ConciliationCompleted' && event.data.agreed === p.agreed,
    reviewFound: ({ event }, p: Readonly<{ constitutional: boolean }>) =>
      event.type === 'ConstitutionalReviewDecided' &&
      event.data.constitutional === p.constitutional,
    /** The question put to the Court; unstated, it is `conformity` (events.ts). */
    reviewAsked: (
      { event },
      p: Readonly<{ question: NonNullable<ConstitutionalReviewRequested['data']['question']> }>,
    ) =>
      event.type === 'ConstitutionalReviewRequested' &&
      (event.data.question ?? 'conformity') === p.question,
    /** A competence-dispute ruling: whether the head of state is obliged to sign. */
    signatureRequired: ({ event }, p: Readonly<{ signatureRequired: boolean }>) =>
      event.type === 'ConstitutionalReviewDecided' &&
      event.data.signatureRequired === p.signatureRequired,
    /** Who forms the commission; unstated, it is the commission the stage provides. */
    commissionOf: (
      { event },
      p: Readonly<{
        parties: NonNullable<ConciliationCommissionFormed['data']['parties']>;
      }>,
    ) =>
      event.type === 'ConciliationCommissionFormed' &&
      (event.data.parties ?? p.parties) === p.parties,
  },
  actions: {
    recordIntroduction: assign(({ context, event }) =>
      event.type === 'BillIntroduced'
        ? { ...context, kind: event.data.kind, subjects: event.data.subjects ?? [] }
        : context,
    ),
    startClock: assign(({ context, event }, p: ClockParams) => startClock(context, event, p)),
    stopClock: assign(({ context }, p: Readonly<{ clock: string }>) => ({
      ...context,
      clocks: context.clocks.filter((c) => c.id !== p.clock),
    })),
    suspendClock: assign(({ context, event }, p: Readonly<{ clock: string }>) =>
      mapClock(context, p.clock, (c) => ({
        ...c,
        suspendedOn: latestDay(event.at),
        remainingDays: Math.max(0, daysBetween(latestDay(event.at), c.dueOn)),
      })),
    ),
    resumeClock: assign(({ context, event }, p: Readonly<{ clock: string }>) =>
      mapClock(context, p.clock, ({ suspendedOn: _s, remainingDays, ...c }) => ({
        ...c,
        dueOn: fromDayNumber(toDayNumber(latestDay(event.at)) + (remainingDays ?? 0)),
      })),
    ),
    /** The time limit ran out and the constitution states no consequence: note it, stop the clock. */
    markOverdue: assign(({ context }, p: Readonly<{ clock: string }>) => {
      const clock = context.clocks.find((c) => c.id === p.clock);
      if (clock === undefined) return context;
      return {
        ...context,
        clocks: context.clocks.filter((c) => c.id !== p.clock),
        overdue: [
          ...context.overdue,
          { clock: clock.id, label: clock.label, dueOn: clock.dueOn, rule: clock.rule },
        ],
      };
    }),
    countReading: assign(({ context }) => ({ ...context, readings: context.readings + 1 })),
    resetReadings: assign(({ context }) => ({ ...context, readings: 0 })),
  },
});

// XState computes a machine's initial state without input in places (a throwaway actor in
// `transition()`), so a missing input must not throw.
export const initialContext = ({ input }: { input: BillInput | undefined }): BillContext => ({
  seats: input?.seats ?? {},
  kind: 'law',
  subjects: [],
  clocks: [],
  readings: 0,
  overdue: [],
});
