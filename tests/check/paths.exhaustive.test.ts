import { describe, expect, it } from 'vitest';
import { procedures } from '../../machines/index.js';
import { checkPaths } from '../../src/check/checkPaths.js';
import { datePath, pathDayOf, simplePathsOf } from '../../src/check/exhaustive.js';
import { seatsOfProcedure } from '../../src/domain/procedure.js';
import { invariants } from '../../src/check/invariants.js';
import { replay } from '../../src/replay/replay.js';

/** kz-1995 and kz-2023 have 10,086 and 23,726 complete simple paths: sampled here, as in the CLI. */
const MAX_PATHS = 1500;

describe.each(procedures.map((p) => [p.id, p] as const))('simple paths of %s', (_id, procedure) => {
  const { paths, total, cap } = simplePathsOf(procedure, { maxPaths: MAX_PATHS });

  it('are enumerated from the statechart, capped only where there are many', () => {
    expect(paths.length).toBe(Math.min(total, MAX_PATHS, paths.length));
    expect(cap === undefined).toBe(total <= MAX_PATHS);
    expect(paths.some((p) => p.final)).toBe(true);
    expect(paths.some((p) => p.events.some((e) => e.type === 'DeadlineElapsed'))).toBe(true);
  });

  it('replay as written: one day, the ends of clocks as ordinary events, nothing derived', () => {
    for (const path of paths) {
      const result = replay(path.events, { procedure });
      expect(result.trace.map((s) => s.derived)).toEqual(path.events.map(() => false));
      expect(result.trace.every((s) => s.event.at === pathDayOf(procedure))).toBe(true);
      expect(result.stage.terminal !== undefined).toBe(path.final);
    }
  });

  it('date as real histories, the clocks left to run out, through the same stages', () => {
    const seats = seatsOfProcedure(procedure);
    const undatable = paths.filter((p) => datePath(procedure, p.events, seats) === undefined);
    expect(undatable).toEqual([]);
  });

  it('satisfy every invariant', () => {
    const report = checkPaths(procedure, invariants, { maxPaths: MAX_PATHS });
    expect([...report.failures.values()].map((f) => `${f.invariant.name}: ${f.message}`)).toEqual(
      [],
    );
    expect(report.checked).toBe(paths.length);
  });
});
