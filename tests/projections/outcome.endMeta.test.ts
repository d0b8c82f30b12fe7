import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { EndMeta } from '../../src/domain/procedure.js';
import { outcomeOf } from '../../src/projections/outcome.js';
import type { TraceStep } from '../../src/replay/replay.js';
import { stageOf } from '../../src/replay/stage.js';
import { signed } from '../helpers/events.js';

// The outcome reads how a bill ended from the end state's `meta.end`, never from its name: a
// procedure may call its end states what its constitution calls them.
const machine = createMachine({
  id: 'bill',
  initial: 'president',
  states: {
    president: { meta: { role: 'headOfState' } },
    failed: {
      initial: 'returnUpheld',
      states: {
        returnUpheld: { type: 'final', meta: { end: { reason: 'veto-sustained' } } },
        outvoted: {
          type: 'final',
          meta: { end: { reason: 'rejected', namesChamber: 'deciding' } },
        },
      },
    },
    enacted: {
      initial: 'promulgated',
      states: {
        promulgated: { meta: { end: { reason: 'signed', keepsEarlierReason: true } } },
      },
    },
  },
});

const step = (value: unknown, extra: Partial<TraceStep> = {}): TraceStep =>
  ({
    event: signed('2024-05-01'),
    derived: false,
    before: stageOf(machine, 'president'),
    after: stageOf(machine, value),
    assumedClocks: [],
    ...extra,
  }) as TraceStep;

describe('outcome reasons come from the end state', () => {
  it('gives the stage the end state meta', () => {
    expect(stageOf(machine, { failed: 'returnUpheld' }).end).toEqual<EndMeta>({
      reason: 'veto-sustained',
    });
    expect(stageOf(machine, 'president').end).toBeUndefined();
  });
  it('reads the reason of an end state whatever it is called', () => {
    expect(outcomeOf([step({ failed: 'returnUpheld' })]).reason).toBe('veto-sustained');
  });
  it('keeps the reason a transition decided on the way when the end says so', () => {
    const earlier = step('president', { reason: 'deemed-approved' });
    expect(outcomeOf([earlier, step({ enacted: 'promulgated' })]).reason).toBe('deemed-approved');
    expect(outcomeOf([step({ enacted: 'promulgated' })]).reason).toBe('signed');
  });
  it('names the chamber of the deciding vote when the end says so', () => {
    const vote = { chamber: 'nationalAssembly' } as NonNullable<TraceStep['vote']>;
    expect(outcomeOf([step({ failed: 'outvoted' }, { vote })]).reason).toBe(
      'rejected-by-national-assembly',
    );
  });
});
