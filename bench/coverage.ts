import { procedures } from '../machines/index.js';
import { stagePathsOf, transitionKeysOf } from '../src/simulate/coverage.js';
import { createRng } from '../src/simulate/random.js';
import { randomWalk } from '../src/simulate/randomHistory.js';

/**
 * How much of each registered procedure random walks reach: distinct stage paths and transitions
 * over N histories (`node dist/bench/coverage.js [N] [seed]`), and what was never reached.
 */
const histories = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);

for (const procedure of procedures) {
  const rng = createRng(seed);
  const stages = new Map<string, number>();
  const transitions = new Set<string>();
  const ends = new Map<string, number>();
  const routes = new Set<string>();
  let events = 0;
  let derived = 0;
  for (let i = 0; i < histories; i++) {
    const walk = randomWalk(procedure, rng);
    for (const s of new Set(walk.stages)) stages.set(s, (stages.get(s) ?? 0) + 1);
    for (const t of walk.transitions) transitions.add(t);
    routes.add(walk.stages.filter((s, i) => s !== walk.stages[i - 1]).join(' > '));
    ends.set(walk.stage.path, (ends.get(walk.stage.path) ?? 0) + 1);
    events += walk.events.length;
    derived += walk.derived;
  }
  const allStages = stagePathsOf(procedure.machine);
  const allTransitions = transitionKeysOf(procedure.machine);
  const missedStages = allStages.filter((s) => !stages.has(s));
  const missedTransitions = allTransitions.filter((t) => !transitions.has(t));
  console.log(`\n${procedure.id}: ${histories} histories, ${events} events + ${derived} derived`);
  console.log(
    `  stage paths reached: ${allStages.length - missedStages.length} / ${allStages.length}` +
      `   transitions taken: ${allTransitions.length - missedTransitions.length} / ${allTransitions.length}` +
      `   distinct routes (stage sequences): ${routes.size}`,
  );
  if (missedStages.length > 0) console.log(`  stages never reached: ${missedStages.join(', ')}`);
  if (missedTransitions.length > 0)
    console.log(`  transitions never taken: ${missedTransitions.join(', ')}`);
  const extra = [...stages.keys()].filter((s) => !allStages.includes(s));
  if (extra.length > 0) console.log(`  reached but not leaves: ${extra.join(', ')}`);
  console.log('  histories visiting each stage:');
  for (const s of allStages) console.log(`    ${String(stages.get(s) ?? 0).padStart(7)}  ${s}`);
  console.log('  where histories ended:');
  for (const [s, n] of [...ends].sort((a, b) => b[1] - a[1]))
    console.log(`    ${String(n).padStart(7)}  ${s}`);
}
