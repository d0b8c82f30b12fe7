import { formatTallyShort } from '../domain/tally.js';
import type { StageRole } from '../domain/procedure.js';
import type { ReplayReport } from './report.js';
import { daysBetween, earliestDay, parseDate } from '../domain/calendar.js';

/**
 * Several cases side by side: how long each kind of stage took, the votes and the outcome —
 * the view that shows how closely Kazakhstan's 2025 path mirrors Russia's. Stages are compared
 * by their role (`meta.role` in each machine), since chambers have other names in each
 * jurisdiction; roles close in kind share a column.
 */
export const comparisonRoles = [
  'lowerChamber',
  'upperChamber',
  'reconsideration',
  'headOfState',
  'court',
] as const;
export type ComparisonRole = (typeof comparisonRoles)[number] | 'other';

export const roleLabels: Readonly<Record<ComparisonRole, string>> = {
  lowerChamber: 'lower chamber / unicameral / joint sitting',
  upperChamber: 'upper chamber',
  reconsideration: 'reconsideration (conciliation, objections, veto)',
  headOfState: 'head of state',
  court: 'court',
  other: 'other',
};

const columnOfRole: Readonly<Record<StageRole, ComparisonRole>> = {
  drafting: 'other',
  lowerChamber: 'lowerChamber',
  jointSitting: 'lowerChamber',
  upperChamber: 'upperChamber',
  reconsideration: 'reconsideration',
  conciliation: 'reconsideration',
  headOfState: 'headOfState',
  court: 'court',
  ended: 'other',
};

/** The comparison column of a stage's role; a stage without a role (an outside machine's) is `other`. */
export const columnOf = (role: StageRole | undefined): ComparisonRole =>
  role === undefined ? 'other' : columnOfRole[role];

export type ComparisonColumn = Readonly<{
  case: string;
  procedure: string;
  provisional: boolean;
  introduced: string;
  outcome: ReplayReport['outcome'];
  /** Days from introduction to the deciding event (or the last event while pending). */
  totalDays: number;
  daysByRole: Readonly<Partial<Record<ComparisonRole, number>>>;
  /** Roles (and `total`) whose days a month-only date bounds: approximate. */
  approximate: readonly (ComparisonRole | 'total')[];
  /** When parliament was done with the bill: the day it reached the head of state, if it did. */
  adopted?: Readonly<{ on: string; days: number; approximate: boolean }>;
  /** When and by whom (by role) the law was signed, if it was. */
  signed?: Readonly<{ on: string; days: number; approximate: boolean; by: string }>;
  /** Each vote: date, chamber, motion, tally, votes needed of the seats, and the margin. */
  votes: readonly string[];
  /** The margin over the votes needed at each vote with a tally, in order (`declared` without one). */
  margins: readonly string[];
}>;

/** Who signs, by the outcome's reason: the head of state, or someone in their stead. */
const signerOf = (reason: string): string =>
  reason === 'signed-in-stead'
    ? "in the head of state's stead"
    : reason === 'override'
      ? 'head of state, after the override'
      : 'head of state';

const sinceIntroduction = (introduced: string, on: string) => ({
  on,
  days: daysBetween(earliestDay(introduced), earliestDay(on)),
  approximate: parseDate(introduced).precision !== 'day' || parseDate(on).precision !== 'day',
});

const signed = (m: number): string => (m >= 0 ? `+${m}` : `${m}`);

export const comparisonColumnOf = (name: string, report: ReplayReport): ComparisonColumn => {
  const introduced = report.timeline[0]?.from ?? report.outcome.date;
  const daysByRole: Partial<Record<ComparisonRole, number>> = {};
  const approximate = new Set<ComparisonRole | 'total'>();
  for (const t of report.timeline) {
    if (t.days === undefined) continue;
    const role = columnOf(t.role);
    daysByRole[role] = (daysByRole[role] ?? 0) + t.days;
    if (t.approximate) approximate.add(role);
  }
  if (parseDate(introduced).precision !== 'day') approximate.add('total');
  const reachedHead = report.timeline.find((t) => t.role === 'headOfState');
  const { outcome } = report;
  return {
    case: name,
    procedure: report.procedure.id,
    provisional: report.procedure.provisional,
    introduced,
    outcome: report.outcome,
    totalDays: daysBetween(earliestDay(introduced), earliestDay(report.outcome.date)),
    daysByRole,
    approximate: [...approximate],
    ...(reachedHead === undefined
      ? {}
      : { adopted: sinceIntroduction(introduced, reachedHead.from) }),
    ...(outcome.status === 'enacted'
      ? { signed: { ...sinceIntroduction(introduced, outcome.date), by: signerOf(outcome.reason) } }
      : {}),
    votes: report.votes.map((v) => {
      const tally = v.tally === undefined ? `declared ${v.result}` : formatTallyShort(v.tally);
      const margin = v.margin === undefined ? '' : `, ${signed(v.margin)}`;
      return `${v.at} ${v.chamber} ${v.motion}${v.reading === undefined ? '' : ` ${v.reading}`}: ${tally} (${v.required}/${v.seats}${margin})`;
    }),
    margins: report.votes.map((v) => (v.margin === undefined ? 'declared' : signed(v.margin))),
  };
};
