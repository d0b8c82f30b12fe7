import { describeEvent } from '../domain/describeEvent.js';
import type { Anomaly, ReplayResult, TraceStep } from '../replay/replay.js';
import { contextOf } from '../replay/replay.js';
import type { NextSteps } from './nextSteps.js';
import { nextStepsOf } from './nextSteps.js';
import type { Outcome } from './outcome.js';
import { outcomeOf } from './outcome.js';
import type { TimelineEntry } from './timeline.js';
import { timelineOf } from './timeline.js';
import type { VoteRow } from './votes.js';
import { votesOf } from './votes.js';

/** Everything `legisim replay` shows about one case: the JSON output's shape. */
export type ReplayReport = Readonly<{
  scenario?: Readonly<{ id: string; title: string; file?: string }>;
  branch?: string;
  procedure: Readonly<{
    id: string;
    title: string;
    provisional: boolean;
    assumptions?: readonly string[];
  }>;
  mode: 'strict' | 'conformance';
  asOf?: string;
  events: number;
  outcome: Outcome;
  timeline: readonly TimelineEntry[];
  votes: readonly VoteRow[];
  nextSteps: NextSteps;
  /** What the replay inferred: clock starts assumed or revised, readings not recorded, assumed steps. */
  assumptions: readonly string[];
  /** Time limits that ran out with no consequence the constitution states. */
  overdue: readonly string[];
  anomalies: readonly Anomaly[];
}>;

export type ReportContext = Readonly<{
  scenario?: Readonly<{ id: string; title: string; file?: string }>;
  branch?: string;
  mode: 'strict' | 'conformance';
  asOf?: string;
}>;

/**
 * What the replay inferred at one step, in words: clock starts it assumed or revised, readings not
 * recorded, and steps conformance mode assumed so the record could go on.
 */
const inferredAt = (s: TraceStep): string[] => [
  ...(s.revisedClocks ?? []).map((r) =>
    r.kind === 'inTime'
      ? `${r.label}: start assumed ${r.from}, revised to ${r.to} so that event ${r.index}, recorded on ${r.dueOn}, is in time`
      : `${r.label}: start assumed ${r.from}, revised to ${r.to} (due ${r.dueOn}): event ${r.index}, recorded the day after, shows the time had run out`,
  ),
  ...(s.notRecorded === undefined
    ? []
    : [
        `${s.before.phaseLabel}: ${s.notRecorded} not recorded before event ${s.index ?? '?'} (${s.event.at})`,
      ]),
  ...(s.assumed === true
    ? [
        `${describeEvent(s.event)} on ${s.event.at}: not recorded, assumed so the next recorded event applies`,
      ]
    : []),
  ...s.assumedClocks.map(
    (c) =>
      `${c.label}: ${c.assumption ?? `no event records its start; assumed ${c.startedOn}, the latest day allowed`}, so due ${c.dueOn}`,
  ),
];

export const reportOf = (result: ReplayResult, context: ReportContext): ReplayReport => {
  const { procedure } = result;
  const assumptions = result.trace.flatMap((s) => inferredAt(s));
  const overdue = contextOf(result.snapshot).overdue.map((o) => {
    const why = procedure.citations[o.rule];
    return `${o.label}: due ${o.dueOn}${why === undefined ? '' : ` (${why.article})`}`;
  });
  return {
    ...(context.scenario === undefined ? {} : { scenario: context.scenario }),
    ...(context.branch === undefined ? {} : { branch: context.branch }),
    procedure: {
      id: procedure.id,
      title: procedure.title,
      provisional: procedure.provisional,
      ...(procedure.provisional ? { assumptions: procedure.assumptions } : {}),
    },
    mode: context.mode,
    ...(context.asOf === undefined ? {} : { asOf: context.asOf }),
    events: result.applied,
    outcome: outcomeOf(result.trace),
    timeline: timelineOf(result.trace),
    votes: votesOf(result.trace),
    nextSteps: nextStepsOf(result, context.asOf),
    assumptions,
    overdue,
    anomalies: result.anomalies,
  };
};
