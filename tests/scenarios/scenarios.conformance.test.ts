import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSimulatorError } from '../../src/domain/errors.js';
import type { BillEvent } from '../../src/domain/events.js';
import { outcomeOf } from '../../src/projections/outcome.js';
import { replay } from '../../src/replay/replay.js';
import type { ReplayOptions } from '../../src/replay/replay.js';
import { findScenarioFiles, readScenarioFile } from '../../src/scenario/readScenarioFile.js';
import type { Scenario } from '../../src/scenario/scenario.js';

/**
 * Issue 10 §4: conformance mode recovers. One unlawful event inserted anywhere in a real history
 * is flagged once, as that one anomaly, and the replay reaches the same outcome as without it:
 * it never flags every event after it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const scenarios: Scenario[] = findScenarioFiles([join(root, 'scenarios')]).map((file) =>
  readScenarioFile(file),
);

const optionsOf = (s: Scenario): ReplayOptions => ({
  jurisdiction: s.jurisdiction,
  mode: 'conformance',
  ...(s.procedure === undefined ? {} : { procedure: s.procedure }),
  ...(s.seats === undefined ? {} : { seats: s.seats }),
  ...(s.asOf === undefined ? {} : { asOf: s.asOf }),
});

/** Events no position of a real history allows: a second introduction, a signature out of place. */
const intruders = (at: string): BillEvent[] => [
  { type: 'BillIntroduced', at, data: { kind: 'law', title: 'a second introduction' } },
  { type: 'PresidentSigned', at, data: {} },
];

describe.each(scenarios.map((scenario) => ({ id: scenario.id, scenario })))(
  '$id: one unlawful event inserted',
  ({ scenario }) => {
    const options = optionsOf(scenario);
    const base = replay(scenario.events, options);
    const outcome = outcomeOf(base.trace);
    const known = base.anomalies.map((a) => a.index);

    it('is flagged once, and the outcome is the same as without it', () => {
      let tried = 0;
      for (let k = 1; k <= scenario.events.length; k++) {
        const previous = scenario.events[k - 1] as BillEvent;
        // A history that breaks a rule itself is refused by strict replay anyway: there only the
        // second introduction, lawful nowhere after the first event, is inserted.
        const candidates = intruders(previous.at).slice(0, scenario.mode === 'conformance' ? 1 : 2);
        for (const intruder of candidates) {
          const events = [...scenario.events.slice(0, k), intruder, ...scenario.events.slice(k)];
          // Only where strict replay refuses it: elsewhere the event is lawful, not an intruder.
          const refusedAt = (() => {
            try {
              replay(events, { ...options, mode: 'strict' });
              return undefined;
            } catch (e) {
              return isSimulatorError(e) ? e.details['index'] : undefined;
            }
          })();
          if (scenario.mode !== 'conformance' && refusedAt !== k) continue;
          const r = replay(events, options);
          // The scenario's own declared breaches move one place on after the insertion.
          const shifted = known.map((i) => (i >= k ? i + 1 : i));
          const extra = r.anomalies.filter((a) => !shifted.includes(a.index));
          expect(
            extra.map((a) => a.index),
            `${intruder.type} inserted at ${k}`,
          ).toEqual([k]);
          expect(outcomeOf(r.trace), `${intruder.type} inserted at ${k}`).toEqual(outcome);
          tried++;
        }
      }
      expect(tried).toBeGreaterThan(0);
    });
  },
);
