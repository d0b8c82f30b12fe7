import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kzKurultai2026Machine } from '../../machines/kz/kurultai2026.js';
import { kzKurultai2026 } from '../../machines/kz/kurultai2026.procedure.js';
import { createSimulator } from '../../src/api.js';
import { bufferIo } from '../helpers/bufferIo.js';
import { buildProgram } from '../../src/cli/program.js';
import { voteResultOf } from '../../machines/shared/voteResult.js';
import type { Procedure } from '../../src/domain/procedure.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { legisim } from '../helpers/cli.js';

const quick = ['--runs', '40', '--seed', '1', '--max-paths', '200'];

describe('legisim check --properties (the built binary)', () => {
  it('checks every invariant of one procedure and exits 0', () => {
    const run = legisim(['check', '--properties', '--procedure', 'kz-2026-kurultai', ...quick]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^checking 16 invariants on 1 procedure: 40 random histories each, seed 1/,
    );
    expect(run.stdout).toMatch(
      /kz-2026-kurultai: 40 random histories \([\d,]+ events\) in [\d.]+ s, [\d,]+ histories\/s; [\d,]+ simple paths in [\d.]+ s \(all of them\)/,
    );
    expect(run.stdout).toMatch(
      /ok {4}enacted-needs-every-chamber +40 runs +[\d,]+ runs\/s, [\d,]+ paths/,
    );
    expect(run.stdout).toMatch(/ok {4}rejects-late-votes +40 runs +[\d,]+ runs\/s\n/);
    expect(run.stdout).not.toMatch(/ru-2020|kz-2023|FAIL/);
    expect(run.stdout).toMatch(/all 14 checks hold \(1 procedure, seed 1\)/);
  });

  it('prints JSON with --json, and only the invariant named', () => {
    const run = legisim([
      'check',
      '--properties',
      '--procedure',
      'ru-2020',
      '--invariant',
      'no-veto-where-declared',
      '--json',
      ...quick,
    ]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      seed: number;
      passed: boolean;
      procedures: {
        procedure: string;
        histories: number;
        invariants: { name: string; ok: boolean; runs: number }[];
      }[];
    };
    expect(report).toMatchObject({ seed: 1, passed: true });
    expect(report.procedures.map((p) => p.procedure)).toEqual(['ru-2020']);
    expect(report.procedures[0]?.invariants).toEqual([
      expect.objectContaining({ name: 'no-veto-where-declared', ok: true, runs: 40 }),
    ]);
  });

  it.each([
    [['check'], /^error \[input\.invalidOption\]: Name scenario files or directories/],
    [['check', '--properties', '--procedure', 'kz-1066'], /^error \[procedure\.unknown\]/],
    [
      ['check', '--properties', '--invariant', 'no-such-rule'],
      /^error \[input\.invalidOption\]: Unknown invariant "no-such-rule"/,
    ],
    [['check', '--properties', '--runs', '0'], /option '--runs <n>' argument '0' is invalid/],
    [
      ['check', '--properties', '--path', '1:2'],
      /^error \[input\.invalidOption\]: --path replays one counterexample/,
    ],
    // Why these? A path that is not one exited 70, and one that reproduces nothing ran a full check.
    [
      ['check', '--properties', '--procedure', 'kz-2023', '--seed', '1', '--path', 'abc'],
      /^error \[input\.invalidOption\]: path "abc" is not a counterexample path/,
    ],
    [
      ['check', '--properties', '--procedure', 'kz-2023', '--seed', '1', '--path', '1:99999'],
      /^error \[input\.invalidOption\]: path "1:99999" names no history of kz-2023 with seed 1\n$/,
    ],
  ])('exits 2 on bad input: %j', (args, message) => {
    const run = legisim(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
  it('replays a path whose history now holds every invariant (the bug fixed) as a pass, exit 0', () => {
    const run = legisim([
      'check',
      '--properties',
      '--procedure',
      'kz-2023',
      '--seed',
      '1',
      '--path',
      '5',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^replaying the history at path 5 of seed 1 on kz-2023\n/);
    expect(run.stdout).toMatch(/all \d+ checks hold \(1 procedure, seed 1\)/);
  });

  it('exits 1 when the invariant named applies to none of the procedures', () => {
    const run = legisim([
      'check',
      '--properties',
      '--procedure',
      'kz-2023',
      '--invariant',
      'no-veto-where-declared',
      ...quick,
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('no invariant named applies to kz-2023');
  });

  it('checks scenarios and properties in one run', () => {
    const run = legisim(['check', 'scenarios', '--properties', '--procedure', 'ru-1993', ...quick]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ passed, 0 failed/);
    expect(run.stdout).toMatch(/all 15 checks hold/);
  });
});

describe('legisim check --properties on a broken procedure (in-process)', () => {
  // A Kurultai that overrides the President's objections by a majority instead of two-thirds.
  const weakOverride: Procedure = {
    ...kzKurultai2026,
    machine: kzKurultai2026Machine.provide({
      guards: {
        vote: ({ context, event }, p) =>
          event.type === 'VoteHeld' &&
          event.data.chamber === p.chamber &&
          event.data.motion === p.motion &&
          (p.reading === undefined || event.data.reading === p.reading) &&
          (p.minReadings === undefined || context.readings >= p.minReadings) &&
          (p.kind === undefined || context.kind === p.kind) &&
          voteResultOf(
            event,
            context.seats,
            p.motion === 'overrideVeto' ? 'majority' : p.threshold,
          ) === p.outcome,
      },
    }),
  };
  const sameKurultai: Procedure = { ...kzKurultai2026, machine: kzKurultai2026Machine.provide({}) };

  const run = async (procedure: Procedure, args: string[]) => {
    const sim = { ...createSimulator(), procedures: () => [procedure], procedure: () => procedure };
    const io = bufferIo();
    const { program, status } = buildProgram(sim, io, '0.0.0');
    await program.parseAsync(['check', '--properties', ...args], { from: 'user' });
    return { status, out: io.stdout() };
  };

  it('fails (exit 1) with the shrunk counterexample as a scenario file that loads', async () => {
    const { status, out } = await run(weakOverride, [
      '--invariant',
      'votes-meet-thresholds',
      '--runs',
      '500',
      '--seed',
      '1',
      '--max-paths',
      '0',
    ]);
    expect(status.checkFailed).toBe(true);
    expect(out).toMatch(
      /FAIL kz-2026-kurultai › votes-meet-thresholds after \d+ runs, shrunk \d+ times to \d+ events/,
    );
    expect(out).toMatch(/violated: event \d+ .*overrideVeto.*took its "passed" transition, but/);
    expect(out).toMatch(
      /reproduce: legisim check --properties --procedure kz-2026-kurultai --invariant votes-meet-thresholds --seed 1 --path "[\d:]+"/,
    );
    const yaml = /\n---\n([^]*?)\n\.\.\.\n/.exec(out)?.[1];
    expect(yaml).toBeDefined();
    const scenario = loadScenario(yaml ?? '', 'counterexample.yaml');
    expect(scenario.id).toBe('counterexample-kz-2026-kurultai-votes-meet-thresholds');
    expect(scenario.events.length).toBeLessThanOrEqual(8);
    expect(scenario.events.at(-1)?.type).toBe('VoteHeld');

    // Saved as printed, the file replays under the real Kurultai procedure, where the override
    // fails: `legisim check` disagrees with the recorded expect and exits 1.
    const dir = mkdtempSync(join(tmpdir(), 'legisim-counterexample-'));
    const file = join(dir, 'counterexample.yaml');
    writeFileSync(file, yaml ?? '');
    const check = legisim(['check', file]);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/FAIL .*counterexample\.yaml/);
  });

  it('a correct copy of the procedure passes (status stays ok)', async () => {
    const { status, out } = await run(sameKurultai, [
      '--runs',
      '30',
      '--seed',
      '2',
      '--max-paths',
      '30',
    ]);
    expect(out).not.toContain('FAIL');
    expect(status.checkFailed).toBe(false);
  });
});
