import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { kz } from './helpers.js';

/**
 * TTY mode in a real terminal: tmux runs the built binary in a detached 120×40 pane on a server
 * of its own (-L), keys are sent with send-keys and the screen read back with capture-pane.
 */
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));
const socket = `legisim-step-test-${process.pid}`;

const tmux = (...args: string[]): string =>
  execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });

const screen = (escapes = false): string =>
  tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', 'step');

/** A colour (SGR) escape sequence, as capture-pane -e reports coloured cells. */
const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the screen shows `text` (or matches it), and returns the screen. */
const waitFor = async (text: string | RegExp, timeout = 10_000): Promise<string> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = screen();
    if (typeof text === 'string' ? now.includes(text) : text.test(now)) return now;
    if (Date.now() > deadline)
      throw new Error(`the screen never showed ${String(text)}; it shows:\n${now}`);
    await sleep(50);
  }
};

const keys = (...k: string[]) => tmux('send-keys', '-t', 'step', ...k);
/** Literal text, typed as a user would. */
const type = (text: string) => tmux('send-keys', '-t', 'step', '-l', text);

const start = (file: string, env: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'legisim-tty-'));
  const copy = join(dir, 'scenario.yaml');
  copyFileSync(file, copy);
  const command = `cd ${dir} && env ${env} TERM=xterm-256color ${process.execPath} ${bin} step scenario.yaml; echo EXIT=$?; sleep 30`;
  tmux('new-session', '-d', '-x', '120', '-y', '40', '-s', 'step', command);
  return copy;
};

describe.skipIf(!hasTmux)('legisim step in a terminal (tmux)', () => {
  afterEach(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('steps with the arrow keys, picks an alternative with the arrow keys, and saves it', async () => {
    const copy = start(kz, '-u NO_COLOR');
    await waitFor('position 1 of 6');
    keys('Right', 'Right', 'Right'); // a burst of keys: none is lost
    await waitFor('position 4 of 6');
    expect(screen()).toContain('Senate consideration: day 36 of 60, due 2026-01-11');
    expect(screen(true)).toMatch(SGR); // colour on a TTY without NO_COLOR

    keys('a');
    await waitFor('Which event happens here instead?');
    keys('Down', 'Down', 'Down', 'Down');
    await waitFor(/❯ 5 {2}VoteHeld\(senate approve failed\)/);
    keys('Enter');
    await waitFor('date (YYYY-MM-DD) (2025-12-18)');
    keys('Enter'); // the default: the date shown
    await waitFor('how is the vote known?');
    keys('Enter'); // a tally
    await waitFor('votes for (failed; 26 of 50 needed to pass)');
    type('30');
    keys('Enter');
    await waitFor('30 for meets the 26 of 50 needed, so the vote passes'); // asked again
    keys('BSpace', 'BSpace');
    type('20');
    keys('Enter');
    await waitFor('votes against');
    type('40');
    keys('Enter');
    await waitFor('for + against = 60, more than the 50 members of the Senate');
    keys('BSpace', 'BSpace');
    type('25');
    keys('Enter');
    await waitFor('abstained');
    type('2');
    keys('Enter');
    await waitFor('note (optional; Enter to skip)');
    keys('Enter');

    const shown = await waitFor('your alternative');
    expect(shown).toContain('position 5 of 5 · 2025-12-18 · your alternative');
    expect(shown).toContain('VoteHeld (senate, approve) → failed');
    expect(shown).toMatch(/^stage +Conciliation commission/m);
    expect(shown).toContain('Senate approve: 20 for, 25 against, 2 abst. → failed');
    expect(shown).toContain('keeps the first 4 events of the main history (after: 3)');

    keys('Left');
    await waitFor('position 4 of 5');
    keys('End');
    await waitFor('position 5 of 5');

    keys('s');
    await waitFor('Name of the new branch');
    type('tty-senate-refuses');
    keys('Enter');
    await waitFor('Description');
    keys('Enter');
    await waitFor('saved branch tty-senate-refuses');
    keys('q');
    await waitFor('EXIT=0');
    const saved = loadScenario(readFileSync(copy, 'utf8'), copy).branches.at(-1);
    expect(saved).toMatchObject({
      name: 'tty-senate-refuses',
      after: 3,
      expect: { status: 'pending', stage: 'conciliation' },
    });
  });

  it('uses no colour with NO_COLOR, cancels a prompt with Esc and quits on Ctrl-C', async () => {
    start(kz, 'NO_COLOR=1');
    await waitFor('position 1 of 6');
    expect(screen(true)).not.toMatch(SGR);
    keys('a');
    await waitFor('Which event happens here instead?');
    keys('Escape');
    await waitFor('cancelled');
    keys('x');
    await waitFor('no command on that key');
    keys('C-c');
    await waitFor('EXIT=0');
  });
});
