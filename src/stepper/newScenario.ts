import { Document, isMap, isScalar, visit } from 'yaml';
import { SimulatorError } from '../domain/errors.js';
import { outcomeOf } from '../projections/outcome.js';
import { checkCase } from '../scenario/checkScenario.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { caseOf } from '../scenario/runScenario.js';
import { eventAsWritten, expectationOf } from './saveBranch.js';
import type { Session } from './session.js';

/** A scenario id from a file name: `my Bill.yaml` → `my-bill`. */
export const idFromFile = (file: string): string => {
  const base = (file.split(/[\\/]/).at(-1) ?? '').replace(/\.(ya?ml|json)$/i, '');
  const id = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'hypothetical-bill' : id;
};

/**
 * A blank bill's history as a new scenario file (YAML): its procedure, the bill from its
 * introduction, the events, and `expect` from their replay. Checked by loading it back and
 * replaying it to that expectation before it is returned.
 */
export const newScenarioText = (s: Session, file: string): string => {
  if (s.source.kind !== 'blank')
    throw new SimulatorError('internal.unreachable', 'only a blank bill is saved as a new file');
  const [intro, ...rest] = s.events;
  if (intro?.type !== 'BillIntroduced' || s.full === undefined)
    throw new SimulatorError(
      'input.invalidOption',
      'nothing to save yet: introduce the bill first (alt 1)',
    );
  const { procedure } = s.source;
  const { kind, title, ...more } = intro.data;
  const introduced = eventAsWritten({ ...intro, data: more });
  const scenario = {
    id: idFromFile(file),
    title,
    jurisdiction: procedure.jurisdiction,
    procedure: procedure.id,
    bill: { kind, title },
    notes: [
      `Hypothetical, built event by event with legisim step under ${procedure.id}; the dates, tallies and events are invented.`,
    ],
    events: [introduced, ...rest.map(eventAsWritten)],
    expect: expectationOf(outcomeOf(s.full.trace)),
  };
  const doc = new Document(scenario);
  visit(doc, {
    Pair: (_key, pair) => {
      if (
        isScalar(pair.key) &&
        ['data', 'expect'].includes(String(pair.key.value)) &&
        isMap(pair.value)
      )
        pair.value.flow = true;
    },
  });
  const text = doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: true });
  const check = checkCase(caseOf(loadScenario(text, file)));
  if (!check.ok)
    throw new SimulatorError(
      'input.invalidScenario',
      `${file}: the new scenario does not replay to its own expectation (${check.problems.join('; ')}); nothing was written`,
      { file },
    );
  return text;
};
