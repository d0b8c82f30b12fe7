import { assertNever, isSimulatorError } from '../domain/errors.js';
import { newScenarioText } from './newScenario.js';
import type { Effect, Pending, Reply, Stepper } from './reply.js';
import { ask, refuse, reply } from './reply.js';
import { BRANCH_NAME, draftBranch, textWithBranch } from './saveBranch.js';
import { savedAsBranch, savedAsScenario, withFileText } from './session.js';

/**
 * Saves a branch into the scenario file (asking for its name, and before replacing a branch of
 * the same name), or a blank bill as a new scenario file. This decides and builds the new text;
 * the shell performs the write (an `Effect`) and reports how it went with `effectDone`.
 */
export const save = (
  st: Stepper,
  name: string | undefined,
  description?: string,
  confirmed = false,
): Reply => {
  const s = st.session;
  if (s.source.kind === 'blank') {
    if (name === undefined) return ask(st, { kind: 'fileName' });
    return reply(st, {
      effect: { type: 'createScenario', file: name, text: newScenarioText(s, name) },
    });
  }
  // Saved (or loaded) and not changed since: saving it again under its name changes nothing.
  const unchanged = s.changedFrom === undefined ? s.source.branch : undefined;
  if (unchanged !== undefined && (name === undefined || name === unchanged.name))
    return reply(st, {
      message: `already saved: branch ${unchanged.name} in ${s.source.file} holds this history (alt N tries another alternative)`,
    });
  const more = description === undefined ? {} : { description };
  if (name === undefined) {
    draftBranch(s, 'draft'); // refuses early when there is nothing to save
    return ask(st, { kind: 'branchName', ...more });
  }
  const draft = draftBranch(s, name, description);
  if (draft.replaces !== undefined && !confirmed)
    return ask(st, { kind: 'overwrite', name, ...more });
  const { file, text } = s.source;
  const after = textWithBranch(file, text, draft, draft.replaces !== undefined);
  return reply(st, {
    effect: { type: 'writeScenario', file, expected: text, text: after, name },
  });
};

/** The answer to a pending question: a branch name, a yes or no, a file name. */
export const answer = (st: Stepper, pending: Pending, line: string): Reply => {
  const base: Stepper = { session: st.session, render: st.render };
  const text = line.trim();
  try {
    switch (pending.kind) {
      case 'branchName':
        if (text === '') return reply(base, { message: 'not saved' });
        if (!BRANCH_NAME.test(text))
          return ask(
            st,
            pending,
            `"${text}" is not a branch name: lower-case words joined by hyphens`,
            true,
          );
        return save(base, text, pending.description);
      case 'overwrite':
        if (!/^(y|yes)$/i.test(text))
          return reply(base, { message: `not saved: branch ${pending.name} is left as it was` });
        return save(base, pending.name, pending.description, true);
      case 'fileName':
        if (text === '') return reply(base, { message: 'not saved' });
        return save(base, text);
      default:
        return assertNever(pending, 'answer');
    }
  } catch (e) {
    if (isSimulatorError(e)) return refuse(base, e.message);
    throw e;
  }
};

/** What became of an effect: written, refused because the file changed, or failed. */
export type EffectResult =
  | Readonly<{ kind: 'written' }>
  | Readonly<{ kind: 'changed'; text: string }>
  | Readonly<{ kind: 'failed'; message: string }>;

export const effectDone = (st: Stepper, effect: Effect, result: EffectResult): Reply => {
  if (result.kind === 'failed') return refuse(st, `not saved: ${result.message}`);
  if (result.kind === 'changed') {
    try {
      return refuse(
        { ...st, session: withFileText(st.session, result.text) },
        `not saved: ${effect.file} changed since it was read; its new version is loaded, save again`,
      );
    } catch (e) {
      if (!isSimulatorError(e)) throw e;
      return refuse(
        st,
        `not saved: ${effect.file} changed since it was read and no longer loads (${e.message})`,
      );
    }
  }
  if (effect.type === 'createScenario')
    return reply(
      { ...st, session: savedAsScenario(st.session, effect.file, effect.text) },
      { message: `saved as a new scenario: ${effect.file}` },
    );
  const session = savedAsBranch(st.session, effect.text, effect.name);
  const branch = session.source.kind === 'scenario' ? session.source.branch : undefined;
  const expect =
    branch === undefined
      ? ''
      : ` (expect: ${branch.expect.status}, ${branch.expect.reason ?? ''} on ${branch.expect.date ?? '?'})`;
  return reply(
    { ...st, session },
    {
      message: `saved branch ${effect.name} to ${effect.file}${expect}; legisim replay ${effect.file} --branch ${effect.name} replays it`,
    },
  );
};
