import { it } from 'vitest';
import { procedures } from '../../machines/index.js';
import { createRng } from '../../src/simulate/random.js';
import { randomWalk } from '../../src/simulate/randomHistory.js';
import { replay } from '../../src/replay/replay.js';

it('smoke', () => {
  const w = randomWalk(procedures[0]!, createRng(0), { weights: { ending: 0 } });
  console.log(w.stage.path, w.asOf, w.derived, w.stages.join(' > '), w.moves);
  console.log(w.events.map((e) => `${e.at} ${e.type} ${JSON.stringify(e.data)}`).join('\n'));
  const r = replay(w.events, { procedure: procedures[0]!, ...(w.asOf ? { asOf: w.asOf } : {}) });
  console.log(
    'replay',
    r.stage.path,
    r.trace.map((s) => `${s.event.at} ${s.event.type} ${s.after.path} ${s.derived}`),
  );
});
