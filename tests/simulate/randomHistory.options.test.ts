import { describe, expect, it } from 'vitest';
import { procedures } from '../../machines/index.js';
import { addMonths } from '../../src/domain/calendar.js';
import { createRng } from '../../src/simulate/random.js';
import { randomCorpus, randomHistory, randomWalk } from '../../src/simulate/randomHistory.js';

const seeds = Array.from({ length: 100 }, (_, i) => i);

/** Procedures with a stage only a time limit ends, so a walk that avoids deadlines can stall there. */
const onlyTimeFrees: Readonly<Record<string, string>> = {
  'kg-2021':
    'a rejected agreed version is barred for six months; a vote within the bar is a breach, which random walks never take',
};

describe.each(procedures.map((p) => [p.id, p] as const))(
  'randomHistory under %s',
  (_, procedure) => {
    it('introduces the bill first, on a day the procedure is in force', () => {
      const last = procedure.validTo ?? addMonths(procedure.validFrom, 36);
      for (const seed of seeds) {
        const [first] = randomHistory(procedure, createRng(seed));
        expect(first?.type).toBe('BillIntroduced');
        const at = first?.at ?? '';
        expect(at >= procedure.validFrom && at <= last).toBe(true);
      }
    });
    it('records no more than maxEvents events', () => {
      for (const seed of seeds) {
        expect(
          randomHistory(procedure, createRng(seed), { maxEvents: 3 }).length,
        ).toBeLessThanOrEqual(3);
      }
    });
    it('never writes a DeadlineElapsed event: deadlines follow from the dates', () => {
      for (const seed of seeds) {
        const events = randomHistory(procedure, createRng(seed), { weights: { elapsing: 5 } });
        expect(events.some((e) => e.type === 'DeadlineElapsed')).toBe(false);
      }
    });
    it('reaches enactment when ending moves and deadlines are avoided', () => {
      for (const seed of seeds) {
        const walk = randomWalk(procedure, createRng(seed), {
          weights: { ending: 0, elapsing: 0 },
          maxEvents: 200,
        });
        // Where only time lets a bill go on, a walk without deadlines may stop short; it never
        // ends any other way than enacted.
        if (onlyTimeFrees[procedure.id] !== undefined)
          expect(walk.stage.terminal ?? 'enacted').toBe('enacted');
        else expect(walk.stage.terminal).toBe('enacted');
      }
    });
    it('never stalls with the default weights: each walk ends, or stops at maxEvents', () => {
      for (const seed of Array.from({ length: 300 }, (_, i) => i)) {
        const walk = randomWalk(procedure, createRng(seed), { maxEvents: 40 });
        // A move whose guard asks for a value (a conciliation that agreed) gets that value.
        if (walk.stage.terminal === undefined)
          expect([seed, walk.events.length]).toEqual([seed, 40]);
      }
    });
    it('ends sooner when ending moves are preferred', () => {
      const mean = (ending: number) =>
        seeds
          .map((seed) => randomHistory(procedure, createRng(seed), { weights: { ending } }).length)
          .reduce((a, b) => a + b, 0) / seeds.length;
      expect(mean(5)).toBeLessThan(mean(0.05));
    });
  },
);

describe('randomCorpus', () => {
  it('draws bills from every procedure it is given, reproducibly', () => {
    const corpus = randomCorpus(procedures, createRng(5), 50 * procedures.length);
    expect(new Set(corpus.map((w) => w.procedure.id))).toEqual(
      new Set(procedures.map((p) => p.id)),
    );
    expect(randomCorpus(procedures, createRng(5), 20).map((w) => w.events)).toEqual(
      corpus.slice(0, 20).map((w) => w.events),
    );
  });
});
