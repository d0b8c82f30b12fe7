// The example of docs/properties.md, "Writing your own", and of the README's "Property checks",
// as it is written there ('legisim' is src/index.ts).
import { readFileSync } from 'node:fs';
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  assertInvariants,
  checkProperties,
  defineInvariant,
  getProcedure,
  historyArbitrary,
  invariants,
  propertyTest,
} from '../../src/index.js';

/** Once signed, only publication and entry into force are recorded. */
export const nothingAfterSignature = defineInvariant({
  name: 'nothing-after-signature',
  sentence: 'Once the President signed the law, only its publication and entry into force follow.',
  article: 'Constitution of Kazakhstan, art. 44(2)',
  procedures: ['kz-2023', 'kz-2026-kurultai'],
  check: ({ result }) => {
    const signed = result.trace.findIndex((s) => s.event.type === 'PresidentSigned');
    const after = signed < 0 ? [] : result.trace.slice(signed + 1);
    const other = after.find((s) => !['Published', 'EnteredIntoForce'].includes(s.event.type));
    return other === undefined
      ? undefined
      : `${other.event.type} on ${other.event.at} after the signature`;
  },
});

// A vitest property test: 1,000 histories walked from the kz-2023 machine, shrunk on failure.
propertyTest(test, nothingAfterSignature, { procedure: getProcedure('kz-2023'), runs: 1000 });

test.prop([historyArbitrary(getProcedure('ru-2020'))], { numRuns: 300 })(
  'every built-in invariant, and mine',
  (history) => assertInvariants([...invariants, nothingAfterSignature], history),
);

describe('a failing invariant of your own', () => {
  const everSigned = defineInvariant({
    name: 'never-signed',
    sentence: 'No law is ever signed (false: to see a counterexample).',
    article: 'none',
    check: ({ result }) =>
      result.trace.some((s) => s.event.type === 'PresidentSigned') ? 'signed' : undefined,
  });
  it('fails the assertion with the history as a scenario file', () => {
    const report = checkProperties({
      procedure: getProcedure('kz-2026-kurultai'),
      invariants: [everSigned],
      runs: 500,
      seed: 1,
      maxPaths: 0,
    });
    const failure = report.invariants[0]?.failure;
    expect(failure?.history.events.map((e) => e.type)).toEqual([
      'BillIntroduced',
      'VoteHeld',
      'PresidentSigned',
    ]);
    if (failure === undefined) return;
    expect(() => assertInvariants([everSigned], failure.history)).toThrow(
      /kz-2026-kurultai breaks never-signed: signed\n[^]*id: counterexample-kz-2026-kurultai-never-signed/,
    );
  });
});

describe('the documented example', () => {
  const self = readFileSync(new URL(import.meta.url), 'utf8');
  /** The ```ts blocks of a document that use defineInvariant or assertInvariants, without imports. */
  const examples = (document: string): string[] =>
    [
      ...readFileSync(new URL(`../../${document}`, import.meta.url), 'utf8').matchAll(
        /```ts\n([^]*?)```/g,
      ),
    ]
      .map((m) => m[1] ?? '')
      .filter((code) => /defineInvariant|assertInvariants/.test(code))
      .map((code) => code.replace(/^import [^;]+;\n/gm, '').trim());
  it.each(['README.md', 'docs/properties.md'])('in %s is the code this file runs', (document) => {
    const found = examples(document);
    expect(found.length).toBeGreaterThan(0);
    for (const code of found) expect(self).toContain(code);
  });
});
