import { describe, expect, it } from 'vitest';
import type { Seats } from '../../src/domain/chambers.js';
import { replay } from '../../src/replay/replay.js';
import { introduced, vote } from '../helpers/events.js';

const adopted = [introduced('2025-01-10'), vote('2025-02-10', 'majilis', 'adopt', 60)];

describe('replay checks the seats it is given', () => {
  it('counts a vote against the seats given, over the defaults', () => {
    const r = replay(adopted, { procedure: 'kz-2023', seats: { majilis: 107 } });
    expect(r.trace.at(-1)?.vote).toMatchObject({ seats: 107, result: 'passed' });
    expect(r.seats).toEqual({ majilis: 107, senate: 50 });
  });
  it.each([
    [{ majilis: 0 }, 'seats of the majilis must be a whole number above 0, not 0'],
    [{ majilis: -5 }, 'seats of the majilis must be a whole number above 0, not -5'],
    [{ majilis: 1.5 }, 'seats of the majilis must be a whole number above 0, not 1.5'],
    [{ majilis: Number.NaN }, 'seats of the majilis must be a whole number above 0, not NaN'],
    [
      { majilis: '98' } as unknown as Seats,
      'seats of the majilis must be a whole number above 0, not "98"',
    ],
    [
      { federationCouncil: 170 },
      'seats names the federationCouncil, which kz-2023 does not have (its chambers: majilis, senate)',
    ],
  ])('refuses %j with input.invalidOption', (seats, message) => {
    expect(() => replay(adopted, { procedure: 'kz-2023', seats })).toThrow(
      expect.objectContaining({ code: 'input.invalidOption', message }),
    );
  });
});
