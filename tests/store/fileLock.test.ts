import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/store/fileLock.js';
import { kz, lawful, openFile, scratchDir } from './fixtures/storeKit.js';

/** The pid of a process that has exited (and been reaped). */
const deadPid = (): number => {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(run.stdout);
};

const lockFile = (dir: string, holder: Record<string, unknown>) =>
  writeFileSync(join(dir, 'lock'), JSON.stringify({ host: hostname(), token: 't', ...holder }));

describe('the store lock', () => {
  it('is taken and released around each write, and excludes a second taker until then', async () => {
    const dir = scratchDir();
    const first = await acquireLock(dir);
    await expect(acquireLock(dir, { timeoutMs: 50 })).rejects.toMatchObject({
      code: 'store.locked',
      details: expect.objectContaining({ pid: process.pid }) as unknown,
    });
    first.release();
    expect(existsSync(join(dir, 'lock'))).toBe(false);
    (await acquireLock(dir, { timeoutMs: 50 })).release();
  });

  it('is broken when its owner is dead', async () => {
    const dir = scratchDir();
    lockFile(dir, { pid: deadPid() });
    const store = openFile(dir, { create: true, lockTimeoutMs: 200 });
    await expect(
      store.append('H.1', lawful.slice(0, 1), { expectedVersion: 'noStream', metadata: kz }),
    ).resolves.toMatchObject({ version: 1 });
    expect(existsSync(join(dir, 'lock'))).toBe(false);
  });

  it('is broken when it carries our pid but a token we do not hold (a process that had our pid)', async () => {
    const dir = scratchDir();
    lockFile(dir, { pid: process.pid, token: 'not-ours' });
    (await acquireLock(dir, { timeoutMs: 200 })).release();
  });

  it('is broken when it stayed empty for seconds (its owner died before writing it)', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'lock'), '');
    await expect(acquireLock(dir, { timeoutMs: 30 })).rejects.toMatchObject({
      code: 'store.locked',
    });
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'lock'), old, old);
    (await acquireLock(dir, { timeoutMs: 200 })).release();
  });

  it('makes a writer wait for a live owner, then fail with store.locked naming it', async () => {
    const dir = scratchDir();
    lockFile(dir, { pid: process.ppid });
    const store = openFile(dir, { create: true, lockTimeoutMs: 100 });
    await expect(
      store.append('H.1', lawful.slice(0, 1), { expectedVersion: 'noStream', metadata: kz }),
    ).rejects.toMatchObject({
      code: 'store.locked',
      message: expect.stringContaining(`process ${process.ppid}`) as unknown,
    });
  });

  it('is not judged on another host: it waits', async () => {
    const dir = scratchDir();
    lockFile(dir, { pid: deadPid(), host: 'elsewhere.example' });
    await expect(acquireLock(dir, { timeoutMs: 50 })).rejects.toMatchObject({
      code: 'store.locked',
    });
  });
});
