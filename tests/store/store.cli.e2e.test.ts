import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { legisim } from '../helpers/cli.js';
import { rewindHead, scratchDir } from './fixtures/storeKit.js';

const kz = resolve('scenarios/kz-2025-propaganda-ban.yaml');
const ru2013 = resolve('scenarios/ru-2013-135-fz.yaml');
const ru2022 = resolve('scenarios/ru-2022-478-fz.yaml');
/**
 * A folder of the three first scenarios: the counts below (22 streams) are theirs, and must not
 * move each time a real bill is added to scenarios/.
 */
const scenarios = (() => {
  const dir = scratchDir();
  for (const file of [kz, ru2013, ru2022]) cpSync(file, join(dir, file.split('/').at(-1) ?? ''));
  return dir;
})();

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

let template = '';
beforeAll(() => {
  template = scratchDir();
  const run = legisim(['store', 'import', scenarios], { cwd: template });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

/** A working directory whose default store, .legisim/, holds the three scenarios (a copy). */
const imported = () => {
  const cwd = scratchDir();
  cpSync(join(template, '.legisim'), join(cwd, '.legisim'), { recursive: true });
  return { cwd, log: join(cwd, '.legisim', 'events.jsonl') };
};

const secondScenario = (cwd: string) => {
  const file = join(cwd, 'second.yaml');
  writeFileSync(
    file,
    'id: second\ntitle: S\njurisdiction: KZ\nbill: { kind: law }\nevents:\n  - { type: BillIntroduced, at: 2025-01-10 }\nexpect: { status: pending }\n',
  );
  return file;
};

type Report = Record<string, unknown> & { scenario?: unknown; branch?: unknown };
const withoutSource = (reports: Report[]) => reports.map(({ scenario: _s, branch: _b, ...r }) => r);

describe('legisim store', () => {
  it('imports scenarios into .legisim/ in the working directory: one stream per scenario and per branch', () => {
    const cwd = scratchDir();
    const run = legisim(['store', 'import', kz, '--json'], { cwd });
    expect(run.status).toBe(0);
    const streams = JSON.parse(run.stdout) as { stream: string; status: string; kind: string }[];
    expect(streams[0]).toMatchObject({
      stream: 'kz-2025-propaganda-ban',
      kind: 'main',
      status: 'added',
    });
    expect(
      streams
        .slice(1)
        .every((s) => s.stream.startsWith('kz-2025-propaganda-ban#') && s.kind === 'forked'),
    ).toBe(true);
    const again = legisim(['store', 'import', kz], { cwd });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/10 streams \(0 added, 10 unchanged\) in \.legisim/);
  });

  it('lists streams and shows one, as of a date too', () => {
    const { cwd } = imported();
    const list = legisim(['store', 'list'], { cwd });
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(
      /kz-2025-propaganda-ban#kurultai-2026-adopts\s+4\s+kz-2026-kurultai\s+kz-2025-propaganda-ban @ 1/,
    );
    // A stream whose scenario names no procedure: the one in force on its first event's date.
    expect(list.stdout).toMatch(/\nru-2013-135-fz\s+7\s+ru-1993 \(in force\)\s/);
    const json = JSON.parse(legisim(['store', 'list', '--json'], { cwd }).stdout) as {
      stream: string;
      procedureInForce?: string;
    }[];
    expect(json).toHaveLength(22);
    expect(json.find((s) => s.stream === 'ru-2013-135-fz')?.procedureInForce).toBe('ru-1993');
    const show = legisim(['store', 'show', 'ru-2013-135-fz', '--as-of', '2013-06-11'], { cwd });
    expect(show.status).toBe(0);
    expect(show.stdout).toContain(
      'jurisdiction RU, procedure ru-1993 (in force), 7 events (4 by 2013-06-11)',
    );
    const shown = JSON.parse(
      legisim(['store', 'show', 'ru-2013-135-fz', '--json'], { cwd }).stdout,
    ) as {
      events: { type: string; meta: { version: number } }[];
    };
    expect(shown.events.map((e) => e.meta.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('verifies an intact store: exit 0 with the counts and the head hash', () => {
    const { cwd } = imported();
    const run = legisim(['store', 'verify'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^checkpoint: none \(opening the store reads the whole log; one is written once the log passes 1 MiB\)\nintact: \.legisim\/events\.jsonl: 186 records, 164 events in 22 streams, \d+ bytes; head [0-9a-f]{64}\n$/,
    );
  });

  it('verifies with --quick: the same counts and head, and says what it did not read', () => {
    const { cwd } = imported();
    const full = legisim(['store', 'verify'], { cwd });
    const quick = legisim(['store', 'verify', '--quick'], { cwd });
    expect(quick.status).toBe(0);
    expect(quick.stdout).toContain(
      'checked: every hash, chain link, position, version and stream record; not the events themselves',
    );
    expect(quick.stdout.split('\n').at(-2)).toBe(full.stdout.split('\n').at(-2));
    const json = JSON.parse(legisim(['store', 'verify', '--quick', '--json'], { cwd }).stdout) as {
      checked: string;
    };
    expect(json.checked).toBe('hashes');
  });

  it('replays a stored stream as it replays the scenario file, in every format', () => {
    const { cwd } = imported();
    for (const file of [kz, ru2013]) {
      const id = file.split('/').at(-1)?.replace('.yaml', '') ?? '';
      const stored = legisim(['replay', '--store', '.legisim', id, '--all-branches', '--json'], {
        cwd,
      });
      expect(stored.stderr).toBe('');
      const fromFile = legisim(['replay', file, '--all-branches', '--json'], { cwd });
      expect(withoutSource(JSON.parse(stored.stdout) as Report[])).toEqual(
        withoutSource(JSON.parse(fromFile.stdout) as Report[]),
      );
    }
    const branch = legisim(
      [
        'replay',
        '--store',
        '.legisim',
        'kz-2025-propaganda-ban',
        '--branch',
        'senate-silent-60-days',
      ],
      { cwd },
    );
    expect(branch.stdout).toContain(
      'OUTCOME  enacted (deemed-approved) at president on 2026-01-23',
    );
    expect(
      legisim(['replay', '--store', '.legisim', 'ru-2013-135-fz', '--format', 'mermaid'], { cwd })
        .stdout,
    ).toContain('stateDiagram-v2');
    expect(
      legisim(['replay', '--store', '.legisim', 'ru-2013-135-fz', '--format', 'markdown'], { cwd })
        .stdout,
    ).toMatch(/^## /);
    const asOf = JSON.parse(
      legisim(
        [
          'replay',
          '--store',
          '.legisim',
          'kz-2025-propaganda-ban',
          '--as-of',
          '2025-12-01',
          '--json',
        ],
        { cwd },
      ).stdout,
    ) as { outcome: { stage: string } };
    expect(asOf.outcome.stage).toBe('senate');
  });

  it('refuses to import a scenario whose stream holds other events: exit 3, nothing written', () => {
    const { cwd, log } = imported();
    const before = readFileSync(log);
    const changed = join(cwd, 'changed.yaml');
    writeFileSync(changed, readFileSync(kz, 'utf8').replace('at: 2025-12-30', 'at: 2025-12-31'));
    const run = legisim(['store', 'import', changed], { cwd });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(
      /^error \[store\.versionConflict\]: .*changed\.yaml: stream "kz-2025-propaganda-ban" is already in the store/,
    );
    expect(readFileSync(log)).toEqual(before);
  });

  it('imports what the procedure rejects only with --no-validate, and marks it unchecked', () => {
    const cwd = scratchDir();
    const file = join(cwd, 'unlawful.yaml');
    writeFileSync(
      file,
      'id: u\ntitle: U\njurisdiction: KZ\nbill: { kind: law }\nevents:\n  - { type: BillIntroduced, at: 2025-01-10 }\n  - { type: PresidentSigned, at: 2025-02-01 }\nexpect: { status: pending }\n',
    );
    const strict = legisim(['store', 'import', file], { cwd });
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(
      /^error \[replay\.eventNotAllowed\]: \S*unlawful\.yaml:7: Stream "u", version 2: event 1 \(2025-02-01, PresidentSigned\) is not allowed/,
    );
    expect(legisim(['store', 'import', file, '--no-validate'], { cwd }).status).toBe(0);
    expect(legisim(['store', 'show', 'u'], { cwd }).stdout).toMatch(
      /PresidentSigned \(unchecked\)/,
    );
    expect(legisim(['store', 'verify'], { cwd }).stdout).toContain('(2 stored unchecked)');
  });
});

describe('legisim store import: bad scenarios', () => {
  const unlawful = (cwd: string) => {
    const file = join(cwd, 'unlawful.yaml');
    writeFileSync(
      file,
      [
        'id: unlawful',
        'title: U',
        'jurisdiction: KZ',
        'procedure: kz-2023',
        'bill: { kind: law }',
        'events:',
        '  - { type: BillIntroduced, at: 2025-01-10 }',
        '  - { type: PresidentSigned, at: 2025-02-01 }',
        'expect: { status: enacted }',
        '',
      ].join('\n'),
    );
    return file;
  };

  it('an event the procedure refuses is named by its file and line, and a new store is not left behind', () => {
    const cwd = scratchDir();
    const run = legisim(['store', 'import', unlawful(cwd)], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^error \[replay\.eventNotAllowed\]: \S*unlawful\.yaml:8: Stream "unlawful", version 2: /,
    );
    expect(run.stderr.split('\n')).toHaveLength(2); // one line, then the final newline
    expect(existsSync(join(cwd, '.legisim'))).toBe(false);
  });

  it('an id too long for a stream name is refused when the file is read, with a short message', () => {
    const cwd = scratchDir();
    const file = join(cwd, 'long.yaml');
    writeFileSync(
      file,
      readFileSync(unlawful(cwd), 'utf8').replace('id: unlawful', `id: ${'a'.repeat(300)}`),
    );
    for (const args of [
      ['store', 'import', file],
      ['replay', file],
    ]) {
      const run = legisim(args, { cwd });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^error \[input\.invalidScenario\]: \S*long\.yaml:1:\d+: .*at most 100 characters/,
      );
      expect(run.stderr.length).toBeLessThan(400);
    }
  });
});

describe('legisim store: damaged or unusable stores (exit 2, one line, no stack trace)', () => {
  const damage = (change: (lines: string[]) => string[]) => {
    const { cwd, log } = imported();
    const lines = readFileSync(log, 'utf8').split('\n').slice(0, -1);
    writeFileSync(log, `${change(lines).join('\n')}\n`);
    return cwd;
  };

  it.each([
    [
      'an edited event',
      (l: string[]) => l.map((x, i) => (i === 9 ? x.replace('"2025-', '"2024-') : x)),
      /line 10 \(position 10\): edited: /,
    ],
    [
      'a deleted line',
      (l: string[]) => l.filter((_, i) => i !== 9),
      /line 10 \(position 10\): missing: position 10 is missing/,
    ],
    [
      'two lines swapped',
      (l: string[]) => [...l.slice(0, 9), l[10] ?? '', l[9] ?? '', ...l.slice(11)],
      /line 11 \(position 10\): reordered: /,
    ],
    [
      'a garbage line',
      (l: string[]) => [...l.slice(0, 9), 'rm -rf /', ...l.slice(9)],
      /line 10: unparsable: /,
    ],
  ])(
    'verify finds %s, with its line and kind; replay --store stops with store.corrupt',
    (_, change, problem) => {
      const cwd = damage(change);
      const verify = legisim(['store', 'verify'], { cwd });
      expect(verify.status).toBe(2);
      expect(verify.stdout).toMatch(problem);
      expect(verify.stderr).toMatch(
        /^error \[store\.corrupt\]: \.legisim\/events\.jsonl: 1 problem found/,
      );
      // --quick finds the damage, then reports it as the full check does.
      const quick = legisim(['store', 'verify', '--quick'], { cwd });
      expect([quick.status, quick.stdout, quick.stderr]).toEqual([2, verify.stdout, verify.stderr]);
      // replay --store reads the index (info) and then the stream: both stop at the damage.
      const run = legisim(['replay', '--store', '.legisim', 'kz-2025-propaganda-ban'], { cwd });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^error \[store\.corrupt\]: \.legisim\/events\.jsonl is damaged at line 10: .*`legisim store verify` lists every problem\n$/,
      );
      noStackTrace(run.stderr);
    },
  );

  it('a truncated store: reads warn and go on, verify reports the torn tail, --repair marks it discarded', () => {
    const { cwd, log } = imported();
    const second = join(cwd, 'second.yaml');
    writeFileSync(
      second,
      'id: second\ntitle: S\njurisdiction: KZ\nbill: { kind: law }\nevents:\n  - { type: BillIntroduced, at: 2025-01-10 }\nexpect: { status: pending }\n',
    );
    expect(legisim(['store', 'import', second], { cwd }).status).toBe(0);
    writeFileSync(log, readFileSync(log).subarray(0, -25));
    rewindHead(join(cwd, '.legisim'), 186); // a crash during the second import: never acknowledged
    const list = legisim(['store', 'list', '--json'], { cwd });
    expect(list.status).toBe(0);
    expect(list.stderr).toMatch(/^warning: \.legisim\/events\.jsonl ends with an unfinished write/);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(22);
    const verify = legisim(['store', 'verify'], { cwd });
    expect(verify.status).toBe(2);
    expect(verify.stdout).toMatch(
      /^line 187: torn: an unfinished write at the end \(lines 187–188/,
    );
    const repair = legisim(['store', 'verify', '--repair'], { cwd });
    expect(repair.status).toBe(0);
    expect(repair.stderr).toMatch(
      /^repair will mark the unfinished write at the end \(lines 187–188, \d+ bytes, left by a crash; never acknowledged\) discarded/,
    );
    expect(repair.stderr).toMatch(
      /\nwarning: .*the unfinished write from line 187 .* is marked discarded/,
    );
    expect(repair.stdout).toMatch(/^recovered: line 189 marks the unfinished write at line 187/);
    expect(legisim(['store', 'import', second], { cwd }).status).toBe(0);
    expect(legisim(['store', 'verify'], { cwd }).status).toBe(0);
  });

  it.each([
    ['list', ['store', 'list']],
    ['show', ['store', 'show', 'x']],
    ['verify', ['store', 'verify']],
    ['replay', ['replay', '--store', '.legisim', 'x']],
  ])('%s without a store: store.notFound', (_, args) => {
    const run = legisim(args, { cwd: scratchDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'error [store.notFound]: There is no event store at .legisim (`legisim store import` creates one)\n',
    );
  });

  it('an unknown stream: store.notFound', () => {
    const { cwd } = imported();
    const run = legisim(['store', 'show', 'nope'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error [store.notFound]: There is no stream "nope" in the store\n');
  });

  it('a file where the store directory should be: import cannot write it, reads find no store', () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, 'store'), 'not a directory');
    const run = legisim(['store', 'import', kz, '--store', 'store'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^error \[store\.unwritable\]: Cannot write the store: store .*is a file, not a directory\n$/,
    );
    const nested = legisim(['store', 'import', kz, '--store', 'store/inner'], { cwd });
    expect(nested.status).toBe(2);
    expect(nested.stderr).toMatch(/^error \[store\.unwritable\]/);
    expect(legisim(['store', 'list', '--store', 'store'], { cwd }).stderr).toMatch(
      /^error \[store\.notFound\]/,
    );
  });

  it('a directory where the log file should be: store.corrupt', () => {
    const cwd = scratchDir();
    mkdirSync(join(cwd, '.legisim', 'events.jsonl'), { recursive: true });
    for (const args of [
      ['store', 'list'],
      ['store', 'import', kz],
    ]) {
      const run = legisim(args, { cwd });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^error \[store\.corrupt\]: \.legisim\/events\.jsonl is a directory/,
      );
    }
  });

  it('a store without write permission: store.unwritable, and the store is left intact', () => {
    const { cwd } = imported();
    const before = readFileSync(join(cwd, '.legisim', 'events.jsonl'), 'utf8');
    // Root writes anyway, so as root the command runs as `nobody`, who may read but not write.
    const asRoot = process.getuid?.() === 0;
    chmodSync(cwd, 0o755);
    chmodSync(join(cwd, '.legisim'), 0o555);
    chmodSync(join(cwd, '.legisim', 'events.jsonl'), 0o444);
    const second = secondScenario(cwd);
    chmodSync(second, 0o644);
    const run = legisim(['store', 'import', second], {
      cwd,
      ...(asRoot ? { user: { uid: 65534, gid: 65534 } } : {}),
    });
    chmodSync(join(cwd, '.legisim'), 0o755);
    expect(run.stderr).toMatch(
      /^error \[store\.unwritable\]: Cannot write the store: no permission/,
    );
    expect(run.status).toBe(2);
    noStackTrace(run.stderr);
    expect(readFileSync(join(cwd, '.legisim', 'events.jsonl'), 'utf8')).toBe(before);
  });

  it('a store locked by a live process: exit 75 after --lock-timeout, naming the process', () => {
    const { cwd } = imported();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(
        join(cwd, '.legisim', 'lock'),
        JSON.stringify({ pid: holder.pid, host: hostname(), token: 't' }),
      );
      const run = legisim(['store', 'import', secondScenario(cwd), '--lock-timeout', '100'], {
        cwd,
      });
      expect(run.status).toBe(75);
      expect(run.stderr).toMatch(
        new RegExp(`^error \\[store\\.locked\\]: \\.legisim is locked by process ${holder.pid}`),
      );
    } finally {
      holder.kill();
    }
  });
});
