import { closeSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { procedures } from '../../machines/index.js';
import {
  MAX_SCENARIO_BYTES,
  MAX_SCENARIO_TOKENS,
  loadScenario,
} from '../../src/scenario/loadScenario.js';
import { readScenarioFile } from '../../src/scenario/readScenarioFile.js';
import { outcomeReasons } from '../../src/scenario/schema.js';

const base = `id: test-bill
title: Test bill
jurisdiction: KZ
bill: { kind: law }
events:
  - type: BillIntroduced
    at: 2025-03
expect: { status: pending, stage: majilis }
`;

const load = (text: string) => loadScenario(text, 'bill.yaml');
const refused = (text: string, message: RegExp) => () =>
  expect(() => load(text)).toThrow(
    expect.objectContaining({
      code: 'input.invalidScenario',
      message: expect.stringMatching(message) as unknown,
    }),
  );

/** Nine levels of nine aliases each: 9^9 strings if expanded. */
const aliasBomb = (): string => {
  const levels = 'abcdefghi'.split('');
  const lines = levels.map((name, i) => {
    const previous = i === 0 ? undefined : levels[i - 1];
    const items = Array.from({ length: 9 }, () =>
      previous === undefined ? 'lol' : `*${previous}`,
    );
    return `${name}: &${name} [${items.join(', ')}]`;
  });
  return `${base}${lines.join('\n')}\n`;
};

describe('loadScenario limits', () => {
  // Why this test? A billion-laughs file made toJS throw a plain error: exit 70, "please report it".
  it('refuses a YAML alias bomb with a coded error', () => {
    refused(aliasBomb(), /^bill\.yaml: its YAML aliases \(\*name\) expand to more than 100/)();
  });

  it('still reads the anchors and aliases real files use', () => {
    const text = base.replace(
      'events:\n  - type: BillIntroduced\n    at: 2025-03',
      'events:\n  - &intro\n    type: BillIntroduced\n    at: 2025-03',
    );
    expect(
      load(
        `${text}branches:\n  - { name: same, after: 0, events: [], expect: { status: pending } }\n`,
      ).events,
    ).toHaveLength(1);
  });

  it('refuses a text over the size limit before parsing it', () => {
    refused(`${base}#${'x'.repeat(MAX_SCENARIO_BYTES)}\n`, /is larger than the 1,048,576 bytes/)();
  });

  it('refuses a file of tiny nodes over the token limit', () => {
    const items = Array.from({ length: MAX_SCENARIO_TOKENS / 2 + 1 }, () => 'a').join(',');
    const text = `${base}notes: [${items}]\n`;
    expect(text.length).toBeLessThan(MAX_SCENARIO_BYTES);
    refused(text, /more than 300,000 YAML tokens/)();
  });
});

describe('readScenarioFile limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'legisim-limits-'));

  // Why this test? A 50 MB file took 74 s and 3.3 GB before it was refused or replayed.
  it('refuses a file over the limit by its size, without reading it', () => {
    const file = join(dir, 'huge.yaml');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: 50 MB that are never read
    closeSync(fd);
    const started = performance.now();
    expect(() => readScenarioFile(file)).toThrow(
      expect.objectContaining({
        code: 'input.invalidScenario',
        message: expect.stringMatching(/huge\.yaml: is 52,428,800 bytes, more than/) as unknown,
      }),
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads a file within the limit', () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, base);
    expect(readScenarioFile(file).id).toBe('test-bill');
  });
});

describe('expect.reason', () => {
  it('is refused outside the vocabulary, naming the reasons allowed', () => {
    refused(
      base.replace(
        'expect: { status: pending, stage: majilis }',
        'expect: { status: enacted, reason: sigend }',
      ),
      /^bill\.yaml:8:\d+: expect\.reason: "sigend" is not an outcome reason; one of: in-progress, signed, override, .*, rejected-by-<chamber>/,
    )();
  });

  it('lists every reason a machine can decide or end in', () => {
    const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const reasonsOf = (node: AnyStateNode): string[] => [
      ...[...node.transitions.values()].flatMap((ts) =>
        ts.flatMap((t) => {
          const reason = (t.meta as { reason?: string } | undefined)?.reason;
          return reason === undefined ? [] : [reason];
        }),
      ),
      ...(['enacted', 'failed'].includes(node.parent?.key ?? '') ? [kebab(node.key)] : []),
      ...Object.values(node.states).flatMap(reasonsOf),
    ];
    const known: readonly string[] = outcomeReasons;
    const missing = procedures
      .flatMap((p) => reasonsOf(p.machine.root))
      .filter((r) => !known.includes(r) && !r.startsWith('rejected-by-'));
    expect(missing).toEqual([]);
  });
});
