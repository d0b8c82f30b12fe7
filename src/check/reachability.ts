import type { AnyMachineSnapshot } from 'xstate';
import type { Seats } from '../domain/chambers.js';
import type { Procedure } from '../domain/procedure.js';
import { pureTransitionFor } from '../replay/pureTransition.js';
import { stageOf } from '../replay/stage.js';
import { abstractKey, representativeEvents } from './abstraction.js';

/** Graph searches date every event on one day: no clock runs out unless its end is an event. */
const SEARCH_DAY = '2000-01-01';

type Finishing = Map<string, boolean>;

const memo = new WeakMap<Procedure, Map<string, Finishing>>();

const memoFor = (procedure: Procedure, seats: Seats): Finishing => {
  const bySeats = memo.get(procedure) ?? new Map<string, Finishing>();
  memo.set(procedure, bySeats);
  const key = JSON.stringify(seats);
  const found = bySeats.get(key) ?? new Map<string, boolean>();
  bySeats.set(key, found);
  return found;
};

const isTerminal = (procedure: Procedure, snapshot: AnyMachineSnapshot): boolean =>
  stageOf(procedure.machine, snapshot.value).terminal !== undefined;

/**
 * Whether a final stage (enacted, failed, withdrawn, lapsed) can be reached from `snapshot`,
 * searching the abstract graph (src/check/abstraction.ts) breadth first over representative
 * events. Answers are memoised per procedure: a whole procedure is searched about once.
 */
export const canFinish = (
  procedure: Procedure,
  seats: Seats,
  snapshot: AnyMachineSnapshot,
): boolean => {
  const known = memoFor(procedure, seats);
  const start = abstractKey(snapshot);
  const cached = known.get(start);
  if (cached !== undefined) return cached;
  const step = pureTransitionFor(procedure.machine);
  const eventsAt = representativeEvents(procedure, seats, SEARCH_DAY);
  const seen = new Set([start]);
  const queue = [snapshot];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    if (isTerminal(procedure, s) || known.get(abstractKey(s)) === true) {
      known.set(start, true);
      return true;
    }
    for (const event of eventsAt(s)) {
      const next = step(s, event);
      const key = abstractKey(next);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(next);
    }
  }
  // Nothing reachable from here ends the process, so nothing reachable from any of these does.
  for (const key of seen) known.set(key, false);
  return false;
};
