import { terminalStates } from '../shared/terminalStates.js';
import { whenKind } from '../shared/transitions.js';
import {
  dumaReadings,
  dumaReconsideration,
  federationCouncil,
  fkzFederationCouncil,
} from './chamberStages.js';
import type { RuPresidentOptions } from './presidentStages.js';
import { fkzPresident, ruPresidentStages } from './presidentStages.js';

/**
 * `node` with `reason` added to the meta of every transition that cites `rule`. Used for the
 * Federation Council's tacit approval, whose stage (chamberStages.ts) is being rewritten
 * alongside: once it carries `reason: 'deemed-approved'` itself, this goes.
 */
const withReason = <T>(node: T, rule: string, reason: string): T => {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).map(([k, v]) => [k, walk(v)] as const);
    const copy = Object.fromEntries(entries) as Record<string, unknown>;
    const meta = copy['meta'] as { rule?: unknown } | undefined;
    return meta?.rule === rule ? { ...copy, meta: { ...meta, reason } } : copy;
  };
  return walk(node) as T;
};

/**
 * The states of a Russian procedure version: federal laws pass the Duma's three readings, the
 * Federation Council and the President (with the veto); federal constitutional laws take the
 * `constitutionalLaw` path (art. 108), where the Council must vote and there is no veto.
 */
export const ruFederalAssemblyStates = (o: RuPresidentOptions) => ({
  drafting: {
    description: 'Not yet introduced',
    on: {
      BillIntroduced: [
        whenKind('law', {
          target: 'duma',
          rule: 'introduction.law',
          actions: ['recordIntroduction'],
        }),
        whenKind('constitutionalLaw', {
          target: 'constitutionalLaw',
          rule: 'introduction.constitutionalLaw',
          actions: ['recordIntroduction'],
        }),
      ],
    },
  },
  duma: dumaReadings({
    prefix: 'duma',
    adoptThreshold: 'majority',
    adopted: '#bill.federationCouncil',
  }),
  federationCouncil: withReason(federationCouncil, 'fc.deemedApproved', 'deemed-approved'),
  dumaReconsideration,
  ...ruPresidentStages(o),
  constitutionalLaw: {
    description: 'Federal constitutional law',
    meta: { phases: 'children' },
    initial: 'duma' as const,
    states: {
      duma: dumaReadings({
        prefix: 'fkz.duma',
        adoptThreshold: 'twoThirds',
        adopted: '#bill.constitutionalLaw.federationCouncil',
      }),
      federationCouncil: fkzFederationCouncil,
      president: fkzPresident(o),
    },
  },
  ...terminalStates(
    o.courtReview
      ? ['notAdopted', 'rejectedByUpperChamber', 'vetoSustained', 'unconstitutional']
      : ['notAdopted', 'rejectedByUpperChamber', 'vetoSustained'],
  ),
});
