import { getNextTransitions } from 'xstate';
import { metaOf } from '../replay/machineStep.js';
import type { AnyMachineSnapshot, AnyTransitionDefinition } from 'xstate';
import type { VoteGuardParams } from '../../machines/shared/billSetup.js';
import type { ChamberId, Seats } from '../domain/chambers.js';
import { seatsOn } from '../domain/chambers.js';
import type { BillEvent, BillKind, VoteHeld } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import { requiredVotes, thresholds } from '../domain/thresholds.js';
import { contextOf } from '../replay/replay.js';
import { isVoteGuard, voteRecordOf } from '../replay/votes.js';

/**
 * A finite picture of a procedure's states for graph searches: the state value, the readings
 * passed (0, 1, or 2 and more), the kind of law and whether it touches an art. 106 subject. Clocks
 * and dates are left out: which clocks run follows from the state.
 */
export const abstractKey = (snapshot: AnyMachineSnapshot): string => {
  const c = contextOf(snapshot);
  return JSON.stringify([snapshot.value, Math.min(c.readings, 2), c.kind, c.subjects.length > 0]);
};

/** How a bill is introduced in a graph search: its kind, and whether it has art. 106 subjects. */
export type Introduction = Readonly<{ kind: BillKind; subjects: boolean }>;

type Params = Readonly<Record<string, unknown>>;

const guardOf = (t: AnyTransitionDefinition): { type: string; params: Params } => {
  const guard = t.guard as unknown;
  if (typeof guard === 'string') return { type: guard, params: {} };
  if (typeof guard !== 'object' || guard === null) return { type: '', params: {} };
  const { type, params } = guard as { type?: unknown; params?: unknown };
  return {
    type: typeof type === 'string' ? type : '',
    params: typeof params === 'object' && params !== null ? (params as Params) : {},
  };
};

type NodeLike = Readonly<{
  states: Readonly<Record<string, NodeLike>>;
  transitions: ReadonlyMap<string, readonly AnyTransitionDefinition[]>;
}>;

/** Whether some guard reads the art. 106 subjects (`clockElapsed` with `mandatory`). */
const readsSubjects = (node: NodeLike): boolean =>
  [...node.transitions.values()].some((list) =>
    list.some((t) => guardOf(t).params['mandatory'] !== undefined),
  ) || Object.values(node.states).some(readsSubjects);

const subjectsRead = new WeakMap<Procedure, boolean>();

/**
 * The introductions a graph search starts from: each kind of law, with and without art. 106
 * subjects where a guard of the procedure reads them (elsewhere the two graphs are the same).
 */
export const introductionsOf = (procedure: Procedure): Introduction[] => {
  const reads = subjectsRead.get(procedure) ?? readsSubjects(procedure.machine.root as NodeLike);
  subjectsRead.set(procedure, reads);
  return procedure.billKinds.flatMap((kind) =>
    reads
      ? [
          { kind, subjects: false },
          { kind, subjects: true },
        ]
      : [{ kind, subjects: false }],
  );
};

const isVoteParams = (p: Params): p is VoteGuardParams =>
  typeof p['chamber'] === 'string' &&
  typeof p['motion'] === 'string' &&
  typeof p['threshold'] === 'string' &&
  (p['outcome'] === 'passed' || p['outcome'] === 'failed');

/** A vote exactly at the threshold (passed) or one vote below it (failed). */
const boundaryVote = (
  p: VoteGuardParams,
  readings: number,
  seats: Seats,
  at: string,
): VoteHeld[] => {
  const n = seatsOn(seats, p.chamber, at);
  if (n === undefined) return [];
  const required = requiredVotes(n, thresholds[p.threshold]);
  const votesFor = Math.max(0, p.outcome === 'passed' ? required : required - 1);
  const reading = p.reading ?? (p.motion === 'passReading' ? readings + 1 : undefined);
  return [
    {
      type: 'VoteHeld',
      at,
      data: {
        chamber: p.chamber,
        motion: p.motion,
        ...(reading === undefined ? {} : { reading }),
        tally: { for: votesFor, against: n - votesFor, abstained: 0 },
      },
    },
  ];
};

const str = (p: Params, key: string): string | undefined =>
  typeof p[key] === 'string' ? p[key] : undefined;

/** Candidate events for one transition; the caller keeps those that select it. */
const candidates = (
  t: AnyTransitionDefinition,
  snapshot: AnyMachineSnapshot,
  procedure: Procedure,
  seats: Seats,
  at: string,
  intro: Introduction | undefined,
): BillEvent[] => {
  const { params } = guardOf(t);
  const context = contextOf(snapshot);
  const chambers = (): ChamberId[] =>
    str(params, 'chamber') === undefined
      ? procedure.chambers.map((c) => c.id)
      : [params['chamber'] as ChamberId];
  const type = t.eventType as BillEvent['type'];
  switch (type) {
    case 'BillIntroduced': {
      const intros = intro === undefined ? introductionsOf(procedure) : [intro];
      return intros.map(({ kind, subjects }) => ({
        type,
        at,
        data: { kind, title: 'A bill', ...(subjects ? { subjects: ['budget' as const] } : {}) },
      }));
    }
    case 'VoteHeld':
      return isVoteParams(params) ? boundaryVote(params, context.readings, seats, at) : [];
    case 'DeadlineElapsed':
      return context.clocks
        .filter((c) => c.suspendedOn === undefined)
        .filter((c) => str(params, 'clock') === undefined || params['clock'] === c.id)
        .map((c) => ({ type, at, data: { clock: c.id } }));
    case 'Transmitted': {
      const to = str(params, 'to') ?? 'president';
      return [{ type, at, data: { to } }];
    }
    case 'ConsiderationPostponed':
    case 'AmendmentsProposed':
      return chambers().map((chamber) => ({ type, at, data: { chamber } }));
    case 'ConciliationCompleted':
      return [{ type, at, data: { agreed: params['agreed'] !== false } }];
    case 'ConstitutionalReviewDecided':
      // A competence-dispute ruling answers `signatureRequired`; a review, `constitutional`.
      if (typeof params['signatureRequired'] === 'boolean')
        return [{ type, at, data: { signatureRequired: params['signatureRequired'] } }];
      return [true, false]
        .filter((v) => params['constitutional'] === undefined || params['constitutional'] === v)
        .map((constitutional) => ({ type, at, data: { constitutional } }));
    case 'ConstitutionalReviewRequested':
      // A dispute over competence is brought by a chamber of the procedure (the guard reads only
      // the question: one event stands for all); a review is asked by the head of state.
      return params['question'] === 'competenceDispute'
        ? chambers().map((by) => ({ type, at, data: { by, question: 'competenceDispute' } }))
        : [{ type, at, data: { by: 'president' } }];
    case 'PresidentReturned':
    case 'ConciliationCommissionFormed':
    case 'PresidentSigned':
    case 'Published':
    case 'EnteredIntoForce':
    case 'BillWithdrawn':
    case 'BillLapsed':
    case 'PresidentRefused':
      return [{ type, at, data: {} }];
    case 'SignedInStead':
      return [{ type, at, data: { by: 'the Chair of the upper chamber' } }];
    default:
      // A transition on an event outside the vocabulary (a wildcard): nothing to synthesise.
      return [];
  }
};

/**
 * A vote the machine counts the other way than its own threshold says: a boundary vote made for
 * one transition that selects another. Kept as an edge of the graph, as a witness of the bug.
 */
const miscounted = (chosen: AnyTransitionDefinition, event: BillEvent, seats: Seats): boolean =>
  event.type === 'VoteHeld' &&
  isVoteGuard(chosen.guard) &&
  voteRecordOf(event, seats, chosen.guard.params.threshold).result !== chosen.guard.params.outcome;

/**
 * One representative event for every transition the machine allows at a snapshot, all dated
 * `at`: votes exactly at and one below their threshold, both kinds of introduction with and
 * without art. 106 subjects (or only `intro`), the end of each running clock. An event is kept
 * if it selects the transition it was made for, or if it is a vote the machine miscounts (kept
 * instead, as a witness); each transition appears once (per introduction and per clock).
 */
export const representativeEvents =
  (procedure: Procedure, seats: Seats, at: string, intro?: Introduction) =>
  (snapshot: AnyMachineSnapshot): BillEvent[] => {
    const chosenBy = new Map<string, { event: BillEvent; witness: boolean }>();
    const transitions = getNextTransitions(snapshot);
    for (const t of transitions) {
      // Paths are lawful histories: a breach real history took is never walked.
      if (metaOf(t).breach === true) continue;
      for (const event of candidates(t, snapshot, procedure, seats, at, intro)) {
        const chosen = snapshot.machine.getTransitionData(snapshot, event)[0];
        const witness = chosen !== undefined && chosen !== t && miscounted(chosen, event, seats);
        if (chosen === undefined || (chosen !== t && !witness)) continue;
        // Introductions and clocks are told apart by their data; other events that select one
        // transition are interchangeable, but a miscounted vote is kept as the witness.
        const distinct = event.type === 'BillIntroduced' || event.type === 'DeadlineElapsed';
        const index = transitions.indexOf(chosen);
        const key = distinct ? `${index}:${JSON.stringify(event.data)}` : `${index}`;
        if (chosenBy.get(key)?.witness !== true) chosenBy.set(key, { event, witness });
      }
    }
    return [...chosenBy.values()].map((c) => c.event);
  };
