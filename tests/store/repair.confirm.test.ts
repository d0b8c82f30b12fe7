import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../src/api.js';
import { bufferIo } from '../helpers/bufferIo.js';
import { buildProgram } from '../../src/cli/program.js';
import { LOG_FILE } from '../../src/store/fileStore.js';
import { kz, lawful, openFile, scratchDir } from './fixtures/storeKit.js';

/** `store verify --repair` on a terminal: the plan is shown, then the user is asked. */
const verifyRepair = async (dir: string, answer: boolean) => {
  const questions: string[] = [];
  const io = {
    ...bufferIo(),
    confirm: (question: string) => {
      questions.push(question);
      return Promise.resolve(answer);
    },
  };
  const { program } = buildProgram(createSimulator(), io, '0.0.0');
  program.exitOverride();
  let error: unknown;
  try {
    await program.parseAsync(['store', 'verify', '--repair', '--store', dir], { from: 'user' });
  } catch (e) {
    error = e;
  }
  return { questions, stderr: io.stderr(), stdout: io.stdout(), error };
};

const damagedStore = async () => {
  const dir = scratchDir();
  const store = openFile(dir, { create: true });
  await store.append('H.1', lawful.slice(0, 2), { expectedVersion: 'noStream', metadata: kz });
  await store.append('H.1', lawful.slice(2), { expectedVersion: 2 });
  await store.close();
  const log = join(dir, LOG_FILE);
  const lines = readFileSync(log, 'utf8').split('\n');
  // The second write's last record deleted: an acknowledged event is missing.
  writeFileSync(log, `${lines.slice(0, -2).join('\n')}\n`);
  return { dir, log, damaged: readFileSync(log, 'utf8') };
};

describe('store verify --repair on a terminal', () => {
  it('shows what it will discard and changes nothing when the answer is no', async () => {
    const { dir, log, damaged } = await damagedStore();
    const run = await verifyRepair(dir, false);
    expect(run.questions).toEqual(['Apply this repair?']);
    expect(run.stderr).toMatch(/repair will keep lines 1–3 \(3 records, 2 events\)/);
    expect(run.stderr).toMatch(/DISCARD stream H\.1: event 3\n/);
    expect(run.stderr).toMatch(/acknowledged positions 4–5 are not kept/);
    expect(run.stderr).toMatch(/repair: nothing changed/);
    expect(readFileSync(log, 'utf8')).toBe(damaged);
    expect(run.error).toMatchObject({ code: 'store.corrupt' }); // verify still reports the damage
  });

  it('applies it when the answer is yes: the store then verifies intact, the damaged log kept', async () => {
    const { dir, damaged } = await damagedStore();
    const run = await verifyRepair(dir, true);
    expect(run.error).toBeUndefined();
    const backup = /kept as (\S+)\n/.exec(run.stderr)?.[1] ?? '';
    expect(readFileSync(backup, 'utf8')).toBe(damaged);
    expect(run.stdout).toMatch(/^intact: .*3 records, 2 events in 1 streams/m);
    expect((await openFile(dir).info('H.1')).version).toBe(2);
  });
});
