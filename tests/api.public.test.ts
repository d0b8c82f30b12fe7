import { describe, expect, it } from 'vitest';
import * as legisim from '../src/index.js';

describe('the public API', () => {
  it('replays a bill through the facade, as the README shows', () => {
    const sim = legisim.createSimulator();
    const result = sim.replay(
      [
        { type: 'BillIntroduced', at: '2025-01', data: { kind: 'law', title: 'On archives' } },
        {
          type: 'VoteHeld',
          at: '2025-11-12',
          data: { chamber: 'majilis', motion: 'adopt', result: 'passed' },
        },
        {
          type: 'VoteHeld',
          at: '2025-12-18',
          data: { chamber: 'senate', motion: 'approve', result: 'passed' },
        },
        { type: 'PresidentSigned', at: '2025-12-30', data: {} },
      ],
      { jurisdiction: 'KZ' },
    );
    expect(result.stage.path).toBe('enacted.signed');
    expect(legisim.outcomeOf(result.trace)).toMatchObject({ status: 'enacted', reason: 'signed' });
  });
  it('exposes the procedures and the error guard', () => {
    expect(legisim.procedures.length).toBeGreaterThanOrEqual(5);
    expect(
      legisim.isSimulatorError(
        new legisim.SimulatorError('procedure.unknown', 'x'),
        'procedure.unknown',
      ),
    ).toBe(true);
  });
});
