import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Effect, EffectResult, Reply, Stepper } from '../stepper.js';
import { effectDone } from '../stepper.js';

/** What to do once a save reached the file (record it in an event store); returns a line to show. */
export type AfterSave = (effect: Effect) => Promise<string>;

const reason = (e: unknown, file: string): string => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return `${file} already exists; choose another file name`;
  if (code === 'ENOENT') return `${file}: no such file or directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  return `${file}: ${e instanceof Error ? e.message : String(e)}`;
};

/** Replaces a file's content in one step: a sibling temporary file renamed over it. */
const replaceFile = (file: string, text: string): void => {
  const temporary = `${file}.legisim-step-${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
};

/**
 * Performs the stepper's one kind of effect, writing a scenario file. A branch is written only if
 * the file still holds the text the session read, so a concurrent edit is never overwritten; a
 * new scenario file is never written over an existing one.
 */
export const performEffect = (effect: Effect): EffectResult => {
  try {
    if (effect.type === 'createScenario') {
      writeFileSync(effect.file, effect.text, { flag: 'wx' });
      return { kind: 'written' };
    }
    const now = readFileSync(effect.file, 'utf8');
    if (now !== effect.expected) return { kind: 'changed', text: now };
    replaceFile(effect.file, effect.text);
    return { kind: 'written' };
  } catch (e) {
    return { kind: 'failed', message: reason(e, effect.file) };
  }
};

/** Performs an effect, tells the stepper how it went, and runs `afterSave` once the file is written. */
export const settleEffect = async (
  stepper: Stepper,
  effect: Effect,
  afterSave?: AfterSave,
): Promise<Reply> => {
  const result = performEffect(effect);
  const done = effectDone(stepper, effect, result);
  if (result.kind !== 'written' || afterSave === undefined) return done;
  const more = await afterSave(effect);
  return { ...done, message: done.message === undefined ? more : `${done.message}\n${more}` };
};
