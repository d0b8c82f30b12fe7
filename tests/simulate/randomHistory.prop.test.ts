import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { procedures } from '../../machines/index.js';
import type { Procedure } from '../../src/domain/procedure.js';
import { replay } from '../../src/replay/replay.js';
import { createRng } from '../../src/simulate/random.js';
import type { RandomHistoryOptions, Walk } from '../../src/simulate/randomHistory.js';
import { randomHistory, randomWalk } from '../../src/simulate/randomHistory.js';

const weight = fc.double({ min: 0, max: 3, noNaN: true });
const optionsArb: fc.Arbitrary<RandomHistoryOptions> = fc.record(
  {
    maxEvents: fc.integer({ min: 1, max: 60 }),
    weights: fc.record(
      { ending: weight, staying: weight, advancing: weight, elapsing: weight },
      { requiredKeys: [] },
    ),
    epilogue: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: [] },
);

/** Replays a walk in strict mode; a rejection is reported with the whole history, to file as a bug. */
const replayWalk = (procedure: Procedure, walk: Walk, seed: number) => {
  try {
    return replay(walk.events, {
      procedure,
      mode: 'strict',
      ...(walk.asOf === undefined ? {} : { asOf: walk.asOf }),
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`${procedure.id}, seed ${seed}: ${why}\n${JSON.stringify(walk.events)}`, {
      cause: e,
    });
  }
};

describe.each(procedures.map((p) => [p.id, p] as const))(
  'random histories under %s',
  (_, procedure) => {
    test.prop([fc.integer(), optionsArb], { numRuns: 300 })(
      'replay in strict mode without error and reach the stage the walk reached',
      (seed, options) => {
        const walk = randomWalk(procedure, createRng(seed), options);
        const result = replayWalk(procedure, walk, seed);
        expect(result.anomalies).toEqual([]);
        expect(result.applied).toBe(walk.events.length);
        expect(result.stage.path).toBe(walk.stage.path);
        expect(result.trace.length).toBe(walk.events.length + walk.derived);
        expect(result.trace.filter((s) => s.derived)).toHaveLength(walk.derived);
        expect(walk.events.length).toBeLessThanOrEqual(options.maxEvents ?? 40);
      },
    );

    test.prop([fc.integer()], { numRuns: 300 })(
      'replay as recorded (without asOf) in strict mode too',
      (seed) => {
        const events = randomHistory(procedure, createRng(seed));
        expect(events.length).toBeGreaterThan(0);
        expect(replay(events, { procedure }).anomalies).toEqual([]);
      },
    );

    test.prop([fc.integer()], { numRuns: 50 })('are determined by the seed', (seed) => {
      expect(randomHistory(procedure, createRng(seed))).toEqual(
        randomHistory(procedure, createRng(seed)),
      );
    });
  },
);
