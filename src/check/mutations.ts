import { fromDayNumber, parseDate, toDayNumber } from '../domain/calendar.js';
import { seatsOn } from '../domain/chambers.js';
import { membersCounted } from '../domain/tally.js';
import type { ErrorCode } from '../domain/errors.js';
import { isSimulatorError } from '../domain/errors.js';
import type { BillEvent } from '../domain/events.js';
import type { ReplayMode } from '../replay/replay.js';
import { contextOf, replay } from '../replay/replay.js';
import type { ProcedureDeclaration } from './declarations.js';
import { inStage } from './declarations.js';
import type { InvariantInput } from './invariant.js';
import { describeStep } from './invariants/describe.js';

export const mutationNames = [
  'drop',
  'duplicate',
  'duplicateEnding',
  'backdate',
  'reorder',
  'lateVote',
] as const;

/**
 * How a valid history is made invalid: an event dropped or duplicated, the event that ended the
 * process duplicated, an event dated before its predecessor or moved before an earlier-dated
 * one, or an upper chamber's vote moved past the end of its time limit.
 */
export type MutationName = (typeof mutationNames)[number];

/** One way strict replay may reject a variant: with this code, naming this event index. */
export type Rejection = Readonly<{ code: ErrorCode; index?: number }>;

/** A history made invalid on purpose, and what the engine must do with it. */
export type InvalidVariant = Readonly<{
  mutation: MutationName;
  description: string;
  events: readonly BillEvent[];
  /** The first position where the variant differs from the history. */
  from: number;
  /** Strict replay rejects it in one of these ways… */
  rejections: readonly Rejection[];
  /** …or (for drops and duplicates) it may still be a valid history. */
  mayReplay: boolean;
  /** Conformance mode records one of these anomalies and reads on. */
  anomalies?: readonly Rejection[];
}>;

const pick = <T>(items: readonly T[], position: number): T | undefined =>
  items.length === 0 ? undefined : items[position % items.length];

const label = (events: readonly BillEvent[], i: number): string => {
  const e = events[i];
  return e === undefined ? `event ${i}` : `event ${i} (${e.type}, ${e.at})`;
};

const drop = (events: readonly BillEvent[], position: number): InvalidVariant | undefined => {
  if (events.length === 0) return undefined;
  const i = position % events.length;
  return {
    mutation: 'drop',
    description: `the history without ${label(events, i)}`,
    events: events.filter((_, j) => j !== i),
    from: i,
    rejections: [
      { code: 'replay.eventNotAllowed' },
      { code: 'replay.late' },
      { code: 'replay.emptyHistory' },
      // Without the event, a later step may break a rule the machine names (a vote within
      // Kyrgyzstan's six-month bar once the vote that ended it is gone): refused as a breach.
      { code: 'replay.breach' },
    ],
    mayReplay: true,
  };
};

const duplicate = (events: readonly BillEvent[], i: number, ending: boolean): InvalidVariant => ({
  mutation: ending ? 'duplicateEnding' : 'duplicate',
  description: `the history with ${label(events, i)} ${ending ? '(which ended the process) ' : ''}twice`,
  events: [...events.slice(0, i + 1), ...events.slice(i)],
  from: i + 1,
  rejections: [{ code: 'replay.eventNotAllowed', ...(ending ? { index: i + 1 } : {}) }],
  mayReplay: !ending,
});

const duplicateEnding = (input: InvariantInput): InvalidVariant | undefined => {
  const end = input.result.trace.find((s) => s.after.terminal !== undefined);
  return end?.index === undefined ? undefined : duplicate(input.events, end.index, true);
};

const backdate = (events: readonly BillEvent[], position: number): InvalidVariant | undefined => {
  if (events.length < 2) return undefined;
  const j = 1 + (position % (events.length - 1));
  const previous = events[j - 1] as BillEvent;
  const at = fromDayNumber(parseDate(previous.at).earliest - 1);
  return {
    mutation: 'backdate',
    description: `${label(events, j)} dated ${at}, the day before the event before it`,
    events: events.map((e, k) => (k === j ? { ...e, at } : e)),
    from: j,
    rejections: [{ code: 'replay.dateOutOfOrder', index: j }],
    mayReplay: false,
  };
};

/** The nearest earlier event dated strictly before event `j`. */
const earlierDated = (events: readonly BillEvent[], j: number): number => {
  const day = parseDate((events[j] as BillEvent).at).earliest;
  return events.findLastIndex((e, i) => i < j && parseDate(e.at).latest < day);
};

const reorder = (events: readonly BillEvent[], position: number): InvalidVariant | undefined => {
  const movable = events.map((_, j) => j).filter((j) => earlierDated(events, j) >= 0);
  const j = pick(movable, position);
  if (j === undefined) return undefined;
  const i = earlierDated(events, j);
  const moved = events[j] as BillEvent;
  const rest = events.filter((_, k) => k !== j);
  return {
    mutation: 'reorder',
    description: `${label(events, j)} moved before the earlier-dated ${label(events, i)}`,
    events: [...rest.slice(0, i), moved, ...rest.slice(i)],
    from: i,
    // The moved event may already be out of place where it lands; otherwise the next one is out
    // of date order.
    rejections: [
      { code: 'replay.eventNotAllowed', index: i },
      { code: 'replay.late', index: i },
      { code: 'replay.dateOutOfOrder', index: i + 1 },
    ],
    mayReplay: false,
    // Conformance either leaves the moved event out where it cannot apply (then the next one is in
    // date order again), or applies it and flags the next as out of date order.
    anomalies: [
      { code: 'replay.eventNotAllowed', index: i },
      { code: 'replay.late', index: i },
      { code: 'replay.dateOutOfOrder', index: i + 1 },
    ],
  };
};

/** Votes of a chamber whose time limit decides for it, taken while that limit ran. */
const lateVote = (
  input: InvariantInput,
  declaration: ProcedureDeclaration,
  position: number,
): InvalidVariant | undefined => {
  const { trace } = input.result;
  const candidates = trace.flatMap((step, t) => {
    const prior = trace[t - 1]?.snapshot;
    const { index } = step;
    if (index === undefined || step.event.type !== 'VoteHeld' || prior === undefined) return [];
    const { chamber } = step.event.data;
    const context = contextOf(prior);
    return declaration.clocks.flatMap((d) => {
      // Only a time limit counted from a recorded start binds (an assumed one is revised).
      const clock = context.clocks.find(
        (c) => c.id === d.clock && c.suspendedOn === undefined && !c.startAssumed,
      );
      const exempt = d.exceptMandatory === true && context.subjects.length > 0;
      return clock !== undefined &&
        !exempt &&
        (d.bounds ?? []).includes(chamber) &&
        inStage(step.before.path, d.stage)
        ? [{ step, index, dueOn: clock.dueOn, clock: d.clock }]
        : [];
    });
  });
  const chosen = pick(candidates, position);
  if (chosen === undefined) return undefined;
  const { events } = input;
  if (events.slice(chosen.index).some((e) => parseDate(e.at).precision !== 'day')) return undefined;
  const shift = toDayNumber(chosen.dueOn) + 1 - parseDate(chosen.step.event.at).earliest;
  if (shift <= 0) return undefined;
  const moved = (e: BillEvent): BillEvent => ({
    ...e,
    at: fromDayNumber(toDayNumber(e.at) + shift),
  });
  const variant = events.map((e, k) => (k < chosen.index ? e : moved(e)));
  // A chamber whose size changed in between (a new convocation) may have fewer seats than a
  // moved tally counts: that variant is refused for its tally, not for its lateness.
  const fits = (e: BillEvent): boolean => {
    if (e.type !== 'VoteHeld' || e.data.tally === undefined) return true;
    const seats = seatsOn(input.result.seats, e.data.chamber, e.at);
    return seats === undefined || membersCounted(e.data.tally) <= seats;
  };
  if (!variant.slice(chosen.index).every(fits)) return undefined;
  return {
    mutation: 'lateVote',
    description: `${describeStep(chosen.step)} and everything after it moved ${shift} days later, past the end of "${chosen.clock}" on ${chosen.dueOn}`,
    events: variant,
    from: chosen.index,
    rejections: [{ code: 'replay.late', index: chosen.index }],
    mayReplay: false,
  };
};

/** The variant `mutation` makes of a history at `position`, if it applies to that history. */
export const mutate = (
  mutation: MutationName,
  input: InvariantInput,
  position: number,
  declaration: ProcedureDeclaration,
): InvalidVariant | undefined => {
  const { events } = input;
  const at = Math.max(0, position);
  switch (mutation) {
    case 'drop':
      return drop(events, at);
    case 'duplicate':
      return events.length === 0 ? undefined : duplicate(events, at % events.length, false);
    case 'duplicateEnding':
      return duplicateEnding(input);
    case 'backdate':
      return backdate(events, at);
    case 'reorder':
      return reorder(events, at);
    case 'lateVote':
      return lateVote(input, declaration, at);
  }
};

const replayVariant = (input: InvariantInput, variant: InvalidVariant, mode: ReplayMode) =>
  replay(variant.events, {
    procedure: input.procedure,
    mode,
    ...(input.seats === undefined ? {} : { seats: input.seats }),
  });

const describeRejections = (rejections: readonly Rejection[]): string =>
  rejections
    .map((r) => `${r.code}${r.index === undefined ? '' : ` at event ${r.index}`}`)
    .join(' or ');

/** What is wrong with how the engine handled a variant, or undefined. */
export const checkVariant = (
  input: InvariantInput,
  variant: InvalidVariant,
): string | undefined => {
  let problem: string | undefined;
  try {
    replayVariant(input, variant, 'strict');
    if (!variant.mayReplay) problem = `strict replay accepted ${variant.description}`;
  } catch (e) {
    if (!isSimulatorError(e)) {
      return `strict replay crashed on ${variant.description}: ${e instanceof Error ? e.message : String(e)}`;
    }
    const index = e.details['index'];
    const expected = variant.rejections.some(
      (r) => r.code === e.code && (r.index === undefined || r.index === index),
    );
    if (!expected)
      problem = `strict replay rejected ${variant.description} with ${e.code}${typeof index === 'number' ? ` at event ${index}` : ''}; expected ${describeRejections(variant.rejections)}`;
  }
  if (problem !== undefined || variant.anomalies === undefined) return problem;
  const wanted = variant.anomalies;
  const anomalies = replayVariant(input, variant, 'conformance').anomalies;
  return anomalies.some((a) => wanted.some((w) => a.code === w.code && a.index === w.index))
    ? undefined
    : `conformance replay of ${variant.description} did not record ${describeRejections(wanted)}`;
};
