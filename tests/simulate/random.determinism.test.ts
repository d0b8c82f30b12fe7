import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/simulate/random.js';

const draw = (seed: number, n: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.nextUint32());
};

describe('createRng (mulberry32)', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });
  it('pins the first values for seed 42, so a change of algorithm is noticed', () => {
    // Why this test? Saved seeds (CI's FC_SEED, bench runs, reported bugs) must keep meaning the
    // same histories; changing the generator silently would make them unreproducible. These are
    // the reference mulberry32 outputs (the first is 0.6011037519201636 × 2^32).
    expect(draw(42, 3)).toEqual([2581720956, 1925393290, 3661312704]);
  });
  it('gives different sequences for different seeds', () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
  });
  it('keeps floats in [0, 1) and integers within their closed bounds', () => {
    const rng = createRng(7);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const k = rng.int(-3, 3);
      expect(k).toBeGreaterThanOrEqual(-3);
      expect(k).toBeLessThanOrEqual(3);
    }
  });
  it('reaches both ends of an integer range, about uniformly', () => {
    const rng = createRng(11);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) {
      const k = rng.int(0, 5);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(9_000);
  });
  it('picks by weight and never picks a zero weight', () => {
    const rng = createRng(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const k = rng.weighted([1, 0, 3]);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.7);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.3);
    expect(rng.weighted([0, 0])).toBe(-1);
  });
  it('refuses an empty range or list with a coded error', () => {
    const rng = createRng(0);
    expect(() => rng.int(2, 1)).toThrow(expect.objectContaining({ code: 'input.invalidOption' }));
    expect(() => rng.pick([])).toThrow(expect.objectContaining({ code: 'input.invalidOption' }));
  });
});
