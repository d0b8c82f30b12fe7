import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { legisim } from '../helpers/cli.js';
import { scratchDir } from './fixtures/storeKit.js';

/**
 * Ordinary accidents to a store's log (an editor, a copy through another system, a slip of the
 * hand), none of them a crash: no command but an explicit, confirmed repair may discard an
 * acknowledged event, and `verify` must say the store is damaged (exit 2). The store holds three
 * acknowledged writes (three imports), as in the report that found the bug (issue 11).
 */
const files = ['ru-2013-135-fz', 'kz-2025-propaganda-ban', 'ru-2022-478-fz'].map((id) =>
  resolve(`scenarios/${id}.yaml`),
);
const other = resolve('scenarios/kz-2023-elbasy-repeal.yaml');

let template = '';
let streams = '';
beforeAll(() => {
  template = scratchDir();
  for (const file of files)
    expect(legisim(['store', 'import', file], { cwd: template }).status).toBe(0);
  streams = legisim(['store', 'list', '--json'], { cwd: template }).stdout;
});

/** A working directory with a copy of the template store as its default store. */
const copy = () => {
  const cwd = scratchDir();
  cpSync(join(template, '.legisim'), join(cwd, '.legisim'), { recursive: true });
  return { cwd, log: join(cwd, '.legisim', 'events.jsonl') };
};

type Accident = Readonly<{ name: string; harm: (text: string) => string; restorable: boolean }>;

const lines = (text: string) => text.split('\n').slice(0, -1);
const unlines = (ls: readonly string[]) => `${ls.join('\n')}\n`;

const accidents: readonly Accident[] = [
  {
    name: 'a trailing space on the last line',
    harm: (t) => `${t.slice(0, -1)} \n`,
    restorable: true,
  },
  { name: 'CRLF line endings', harm: (t) => t.replaceAll('\n', '\r\n'), restorable: true },
  {
    name: 'a byte-order mark and trailing tabs',
    harm: (t) => `\uFEFF${t.replaceAll('\n', '\t\n')}`,
    restorable: true,
  },
  { name: 'the last line deleted', harm: (t) => unlines(lines(t).slice(0, -1)), restorable: false },
  {
    name: 'a middle line deleted',
    harm: (t) => unlines(lines(t).filter((_, i) => i !== 99)),
    restorable: false,
  },
  {
    name: 'non-hex characters in the last hash',
    harm: (t) =>
      t.replace(/"hash":"([0-9a-f]{10})[0-9a-f]([0-9a-f]{53})"\}\n$/, '"hash":"$1Z$2"}\n'),
    restorable: false,
  },
  { name: 'the file cut inside an early line', harm: (t) => t.slice(0, 3000), restorable: false },
];

describe('legisim store: ordinary accidents never lose acknowledged events', () => {
  it.each(accidents)(
    '$name: every command stops with store.corrupt, verify exits 2, only a confirmed repair changes the log',
    ({ harm, restorable }) => {
      const { cwd, log } = copy();
      const damaged = harm(readFileSync(log, 'utf8'));
      expect(damaged).not.toBe(readFileSync(log, 'utf8'));
      writeFileSync(log, damaged);

      for (const args of [
        ['store', 'import', other],
        ['store', 'list'],
        ['store', 'show', 'ru-2013-135-fz'],
        ['replay', '--store', '.legisim', 'ru-2013-135-fz'],
      ]) {
        const run = legisim(args, { cwd });
        expect(run.status, args.join(' ')).toBe(2);
        expect(run.stderr).toMatch(
          /error \[store\.corrupt\]: \.legisim\/events\.jsonl is damaged at line \d+/,
        );
        expect(readFileSync(log, 'utf8')).toBe(damaged); // nothing written, nothing discarded
      }

      const verify = legisim(['store', 'verify'], { cwd });
      expect(verify.status).toBe(2);
      expect(verify.stdout).toMatch(/^DAMAGED: \d+ problems?;/m);

      // Without consent (no terminal to ask, no --yes) the repair is only shown.
      const shown = legisim(['store', 'verify', '--repair'], { cwd });
      expect(shown.status).toBe(2);
      expect(shown.stderr).toMatch(/repair will keep lines 1–\d+/);
      expect(shown.stderr).toMatch(/error \[store\.repairNotConfirmed\]/);
      expect(readFileSync(log, 'utf8')).toBe(damaged);

      const repaired = legisim(['store', 'verify', '--repair', '--yes'], { cwd });
      expect(repaired.status).toBe(0);
      const backup = /kept as (\S+)\n/.exec(repaired.stderr)?.[1] ?? '';
      expect(readFileSync(resolve(cwd, backup), 'utf8')).toBe(damaged); // the damaged log, whole
      if (restorable) {
        // Whitespace an editor added is all the damage: every event is back, nothing discarded.
        expect(repaired.stderr).not.toMatch(/DISCARD/);
        expect(legisim(['store', 'list', '--json'], { cwd }).stdout).toBe(streams);
      } else {
        expect(repaired.stderr).toMatch(/DISCARD/);
      }
      expect(legisim(['store', 'verify'], { cwd }).status).toBe(0);
      expect(legisim(['store', 'import', other], { cwd }).status).toBe(0);
      expect(legisim(['store', 'verify'], { cwd }).status).toBe(0);
    },
  );

  it('a deleted head file is recreated by the next write; the log alone is then checked by its shape', () => {
    const { cwd, log } = copy();
    const head = join(cwd, '.legisim', 'head');
    writeFileSync(head, 'garbage');
    const run = legisim(['store', 'list'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/error \[store\.corrupt\]: .*head .*is damaged/);
    expect(legisim(['store', 'verify'], { cwd }).stdout).toMatch(/headDamaged/);
    expect(legisim(['store', 'verify', '--repair', '--yes'], { cwd }).status).toBe(0);
    expect(existsSync(head)).toBe(true);
    expect(legisim(['store', 'list', '--json'], { cwd }).stdout).toBe(streams);
    expect(readFileSync(log, 'utf8').length).toBeGreaterThan(0);
  });
});
