import { describe, expect, it } from 'vitest';
import { legisim } from '../helpers/cli.js';

describe('legisim procedures', () => {
  it('lists every procedure as a table', () => {
    const run = legisim(['procedures']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^id\s+jurisdiction\s+valid from\s+valid to/);
    expect(run.stdout).toContain('kz-2023');
  });
  it('prints JSON with ids, validity and the provisional flag', () => {
    const run = legisim(['procedures', '--format', 'json']);
    expect(run.status).toBe(0);
    const list = JSON.parse(run.stdout) as {
      id: string;
      jurisdiction: string;
      validFrom: string;
      provisional: boolean;
    }[];
    expect(list.map((p) => p.id)).toContain('kz-2023');
    for (const p of list) {
      expect(p).toMatchObject({
        jurisdiction: expect.stringMatching(/^(KZ|RU)$/) as unknown,
        validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
      });
      expect(typeof p.provisional).toBe('boolean');
    }
    expect(legisim(['procedures', '--json']).stdout).toBe(run.stdout);
  });
  it('rejects an unknown format with exit 2 and no stack trace', () => {
    const run = legisim(['procedures', '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("argument 'xml' is invalid");
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('legisim graph', () => {
  it.each(['kz-1995', 'kz-2023', 'kz-2026-kurultai', 'ru-1993', 'ru-2020'])(
    'prints a stateDiagram-v2 for %s',
    (id) => {
      const run = legisim(['graph', id, '--format', 'mermaid']);
      expect(run.status).toBe(0);
      expect(run.stdout.startsWith('stateDiagram-v2\n  [*] --> drafting\n')).toBe(true);
      expect(run.stdout).toMatch(/ --> enacted__signed : PresidentSigned/);
    },
  );
  it('prints a Mermaid stateDiagram-v2 generated from the machine', () => {
    const run = legisim(['graph', 'kz-2023']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('stateDiagram-v2');
    expect(run.stdout).toContain('majilis --> senate : VoteHeld(majilis adopt passed)');
    expect(run.stdout).toContain('senate --> president : DeadlineElapsed(senate.consideration)');
  });
  it('prints JSON with every transition, its rule and article', () => {
    const run = legisim(['graph', 'kz-2023', '--json']);
    const chart = JSON.parse(run.stdout) as { transitions: { rule?: string; article?: string }[] };
    expect(chart.transitions.length).toBeGreaterThan(20);
    for (const t of chart.transitions) expect(t.article).toBeDefined();
  });
  it('says which procedures exist when the id is unknown, exit 2', () => {
    const run = legisim(['graph', 'kz-1066']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^error \[procedure\.unknown\]: Unknown procedure "kz-1066"; known: .*kz-2023/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('shows the stack trace only with --debug', () => {
    expect(legisim(['graph', 'nope', '--debug']).stderr).toMatch(/at .*\.js:\d+/);
  });
  it('needs a procedure id', () => {
    const run = legisim(['graph']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("missing required argument 'procedure-id'");
  });
});

describe('legisim', () => {
  it('prints help and version with exit 0', () => {
    expect(legisim(['--help'])).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('procedures') as unknown,
    });
    expect(legisim(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('rejects an unknown command with exit 2', () => {
    expect(legisim(['frobnicate']).status).toBe(2);
  });
});
