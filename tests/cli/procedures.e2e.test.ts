import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { legisim } from '../helpers/cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const procedures = fixture('outside-procedures.mjs');
const bill = fixture('outside-bill.yaml');

describe('legisim --procedures: a procedure defined outside the package', () => {
  it('replays a bill of its jurisdiction, with its stages, votes and citations', () => {
    const run = legisim(['replay', bill, '--procedures', procedures]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('procedure: xx-2020 (PROVISIONAL');
    expect(run.stdout).toContain('OUTCOME  enacted (signed) at president on 2021-04-10');
    expect(run.stdout).toMatch(/2021-04-01 {2}parliament {2}adopt {3}51–40–2 {12}51 of 100/);
    expect(run.stdout).toContain('Published  [Example Constitution, art. 21]');
  });

  it('checks the bill and its branches, and compares roles with a built-in procedure', () => {
    const check = legisim(['check', bill, '--procedures', procedures]);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('2 passed, 0 failed');
    const json = JSON.parse(
      legisim(['replay', bill, '--procedures', procedures, '--format', 'json']).stdout,
    ) as { timeline: { stage: string; role?: string }[] };
    expect(json.timeline.map((t) => [t.stage, t.role])).toEqual([
      ['chamber', 'lowerChamber'],
      ['president', 'headOfState'],
    ]);
  });

  it('without it, the jurisdiction is unknown: exit 2 naming the known ones', () => {
    const run = legisim(['replay', bill]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /jurisdiction: "XX" is not a jurisdiction legisim has a procedure for; known: KZ, RU/,
    );
  });

  it('refuses a missing file, a module without procedures, and a procedure with a roleless stage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'legisim-procedures-'));
    const missing = legisim(['replay', bill, '--procedures', join(dir, 'nope.mjs')]);
    expect([missing.status, missing.stderr]).toEqual([
      2,
      `error [input.fileNotFound]: ${join(dir, 'nope.mjs')}: no such file (--procedures)\n`,
    ]);
    writeFileSync(join(dir, 'empty.mjs'), 'export const other = 1;\n');
    const empty = legisim(['replay', bill, '--procedures', join(dir, 'empty.mjs')]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(
      /^error \[procedure\.invalid\]: .*empty\.mjs must export `procedures`/,
    );
    writeFileSync(
      join(dir, 'roleless.mjs'),
      `import { procedures as base } from ${JSON.stringify(procedures)};\n` +
        'const [p] = base;\n' +
        'const states = { ...p.machine.root.states, limbo: { meta: {} } };\n' +
        "export const procedures = [{ ...p, id: 'xx-2021', machine: { root: { states } } }];\n",
    );
    const roleless = legisim(['replay', bill, '--procedures', join(dir, 'roleless.mjs')]);
    expect(roleless.status).toBe(2);
    expect(roleless.stderr).toContain(
      'procedure "xx-2021": stages without a role (give them one with withRoles): limbo',
    );
  });
});
