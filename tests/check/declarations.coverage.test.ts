import { describe, expect, it } from 'vitest';
import { procedures } from '../../machines/index.js';
import { declarations } from '../../src/check/declarations.js';

/** Every clock a machine's config can start: `startClock` actions on entries and transitions. */
const clocksStarted = (node: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(node)) {
    for (const item of node) clocksStarted(item, found);
    return found;
  }
  if (typeof node !== 'object' || node === null) return found;
  const record = node as Record<string, unknown>;
  const params = record['params'] as Record<string, unknown> | undefined;
  if (record['type'] === 'startClock' && typeof params?.['clock'] === 'string')
    found.add(params['clock']);
  for (const value of Object.values(record)) clocksStarted(value, found);
  return found;
};

describe('clock declarations', () => {
  // A clock with no declaration is never checked by deadlines-on-time: its length could drift
  // from the article unnoticed (the ru-2020 three days after a ruling within the fourteen days
  // were missing until this test).
  it.each(
    procedures.filter((p) => declarations[p.id] !== undefined).map((p) => [p.id, p] as const),
  )('%s: every clock its machine starts is declared with its article', (id, procedure) => {
    const declared = new Set(declarations[id]?.clocks.map((c) => c.clock));
    const started = [...clocksStarted(procedure.machine.config)].sort();
    expect(started.length).toBeGreaterThan(0);
    expect(started.filter((clock) => !declared.has(clock))).toEqual([]);
  });
});
