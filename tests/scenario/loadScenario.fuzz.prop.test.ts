import { readFileSync, readdirSync } from 'node:fs';
import { test, fc } from '@fast-check/vitest';
import { expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { isSimulatorError } from '../../src/domain/errors.js';
import { outcomeOf } from '../../src/projections/outcome.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { casesOf, replayCase } from '../../src/scenario/runScenario.js';

/**
 * Bad input never crashes: mutated scenario files end in one of our coded errors, never in a
 * TypeError or an unhandled exception, in the loader or in the replay of any case.
 */
const dir = new URL('../../scenarios/', import.meta.url);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

const loadAndReplay = (text: string): void => {
  try {
    const scenario = loadScenario(text, 'fuzz.yaml');
    for (const c of casesOf(scenario)) {
      for (const mode of ['strict', 'conformance'] as const) {
        try {
          outcomeOf(replayCase(c, { mode }).trace);
        } catch (e) {
          if (!isSimulatorError(e)) throw e;
        }
      }
    }
  } catch (e) {
    if (!isSimulatorError(e)) throw e;
    expect(e.message.length).toBeGreaterThan(0);
  }
};

type Json = unknown;
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.string(),
  fc.integer({ min: -5, max: 1000 }),
  fc.constantFrom(
    '2025-02-30',
    '2025-13',
    '2026-01-01',
    '1999',
    '',
    'passed',
    'majilis',
    'senate',
    'president',
  ),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(
    fc.constantFrom('for', 'against', 'chamber', 'motion', 'at', 'type'),
    fc.integer({ min: -1, max: 500 }),
  ),
);

/** Paths to every value in a document, to pick one to mutate. */
const pathsOf = (value: Json, prefix: (string | number)[] = []): (string | number)[][] => {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return [prefix];
};

const mutate = (
  doc: Json,
  path: (string | number)[],
  kind: 'set' | 'delete' | 'duplicate',
  value: Json,
): Json => {
  if (path.length === 0) return kind === 'set' ? value : doc;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  if (kind === 'set') parent[last] = value;
  else if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (Array.isArray(parent)) parent.splice(Number(last), 0, structuredClone(parent[last]));
  return copy;
};

const structural = fc
  .record({
    text: fc.constantFrom(...texts),
    pick: fc.nat(),
    kind: fc.constantFrom('set' as const, 'delete' as const, 'duplicate' as const),
    value: anyValue,
  })
  .map(({ text, pick, kind, value }) => {
    const doc = parse(text) as Json;
    const paths = pathsOf(doc);
    return stringify(mutate(doc, paths[pick % paths.length] ?? [], kind, value));
  });

const textual = fc
  .record({
    text: fc.constantFrom(...texts),
    at: fc.nat(),
    cut: fc.nat({ max: 40 }),
    insert: fc.string({ maxLength: 6 }),
  })
  .map(({ text, at, cut, insert }) => {
    const i = at % text.length;
    return text.slice(0, i) + insert + text.slice(i + cut);
  });

test.prop([structural], { numRuns: 300 })(
  'a mutated scenario fails only with a coded error',
  (text) => {
    loadAndReplay(text);
  },
);

test.prop([textual], { numRuns: 300 })(
  'a garbled scenario file fails only with a coded error',
  (text) => {
    loadAndReplay(text);
  },
);
