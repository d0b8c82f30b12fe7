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

const registered = procedures.map((p) => [p.id, p] as const);

describe('declarations', () => {
  // Without declarations a procedure's clocks and thresholds are never compared with its
  // constitution: deadlines-on-time and votes-meet-thresholds would pass it vacuously.
  it.each(registered)('%s has declarations of its clocks and thresholds', (id) => {
    expect(
      declarations[id],
      `procedure ${id} has no declarations: write its clocks and thresholds from the constitution in its jurisdiction's declarations.ts and add them to machines/declarations.ts`,
    ).toBeDefined();
  });

  it('declares no procedure the registry does not know', () => {
    const known = new Set(procedures.map((p) => p.id));
    expect(Object.keys(declarations).filter((id) => !known.has(id))).toEqual([]);
  });

  // A clock with no declaration is never checked by deadlines-on-time: its length could drift
  // from the article unnoticed (the ru-2020 three days after a ruling within the fourteen days
  // were missing until this test).
  it.each(registered)(
    '%s: every clock its machine starts is declared with its article',
    (id, procedure) => {
      const declared = new Set(declarations[id]?.clocks.map((c) => c.clock));
      const started = [...clocksStarted(procedure.machine.config)].sort();
      expect(started.length).toBeGreaterThan(0);
      expect(started.filter((clock) => !declared.has(clock))).toEqual([]);
    },
  );
});
