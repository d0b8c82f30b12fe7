import { formatTallyShort } from '../domain/tally.js';
import type { ReplayReport } from './report.js';
import { daysBetween, earliestDay, parseDate } from '../domain/calendar.js';

/**
 * Several cases side by side: how long each kind of stage took, the votes and the outcome —
 * the view that shows how closely Kazakhstan's 2025 path mirrors Russia's. Stages are compared
 * by role, since the chambers have different names in each jurisdiction.
 */
export const stageRoles = [
  'lowerChamber',
  'upperChamber',
  'reconsideration',
  'headOfState',
] as const;
export type StageRole = (typeof stageRoles)[number] | 'other';

export const roleLabels: Readonly<Record<StageRole, string>> = {
  lowerChamber: 'lower chamber / unicameral / joint sitting',
  upperChamber: 'upper chamber',
  reconsideration: 'reconsideration (conciliation, objections, veto)',
  headOfState: 'head of state',
  other: 'other',
};

const roles: Readonly<Record<string, StageRole>> = {
  majilis: 'lowerChamber',
  duma: 'lowerChamber',
  kurultai: 'lowerChamber',
  jointSitting: 'lowerChamber',
  'constitutionalLaw.duma': 'lowerChamber',
  senate: 'upperChamber',
  federationCouncil: 'upperChamber',
  senateAgain: 'upperChamber',
  'constitutionalLaw.federationCouncil': 'upperChamber',
  majilisReconsideration: 'reconsideration',
  majilisReapproval: 'reconsideration',
  majilisAmendments: 'reconsideration',
  conciliation: 'reconsideration',
  dumaReconsideration: 'reconsideration',
  objections: 'reconsideration',
  veto: 'reconsideration',
  president: 'headOfState',
  mustSign: 'headOfState',
  'constitutionalLaw.president': 'headOfState',
};

export const roleOf = (stage: string): StageRole => roles[stage] ?? 'other';

export type ComparisonColumn = Readonly<{
  case: string;
  procedure: string;
  provisional: boolean;
  introduced: string;
  outcome: ReplayReport['outcome'];
  /** Days from introduction to the deciding event (or the last event while pending). */
  totalDays: number;
  daysByRole: Readonly<Partial<Record<StageRole, number>>>;
  /** Roles (and `total`) whose days a month-only date bounds: approximate. */
  approximate: readonly (StageRole | 'total')[];
  votes: readonly string[];
}>;

export const comparisonColumnOf = (name: string, report: ReplayReport): ComparisonColumn => {
  const introduced = report.timeline[0]?.from ?? report.outcome.date;
  const daysByRole: Partial<Record<StageRole, number>> = {};
  const approximate = new Set<StageRole | 'total'>();
  for (const t of report.timeline) {
    if (t.days === undefined) continue;
    const role = roleOf(t.stage);
    daysByRole[role] = (daysByRole[role] ?? 0) + t.days;
    if (t.approximate) approximate.add(role);
  }
  if (parseDate(introduced).precision === 'month') approximate.add('total');
  return {
    case: name,
    procedure: report.procedure.id,
    provisional: report.procedure.provisional,
    introduced,
    outcome: report.outcome,
    totalDays: daysBetween(earliestDay(introduced), earliestDay(report.outcome.date)),
    daysByRole,
    approximate: [...approximate],
    votes: report.votes.map((v) => {
      const tally = v.tally === undefined ? `declared ${v.result}` : formatTallyShort(v.tally);
      return `${v.at} ${v.chamber} ${v.motion}${v.reading === undefined ? '' : ` ${v.reading}`}: ${tally} (${v.required}/${v.seats})`;
    }),
  };
};
