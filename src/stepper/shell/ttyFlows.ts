import { altContextOf, promptsFor } from '../alternative.js';
import { moveLine } from '../render.js';
import { goTo, goToDate } from '../session.js';
import type { Reply, Stepper } from '../stepper.js';
import { handleLine, runCommand } from '../stepper.js';
import { viewOf } from '../view.js';
import type { TerminalPrompts } from './terminalPrompts.js';
import { messageOf } from '../promptKit.js';

/** Cuts a line to the terminal's width, so nothing wraps and the layout holds. */
export const clip = (line: string, width: number | undefined): string =>
  width === undefined || line.length <= width ? line : `${line.slice(0, Math.max(1, width - 1))}…`;

/**
 * `a`: pick one of the moves allowed here with the arrow keys, then answer what it needs, each
 * answer checked by the same rules as a line's `alt N …` (and asked again when wrong).
 */
export const alternativeFlow = async (
  st: Stepper,
  ui: TerminalPrompts,
  width: number | undefined,
): Promise<Reply> => {
  const view = viewOf(st.session);
  if (view.moves.length === 0)
    return runCommand(st, { type: 'alt', move: 1, explain: false, answers: {} });
  const n = await ui.choose(
    'Which event happens here instead? (↑↓ to choose, Enter to pick, Esc to cancel)',
    view.moves.map((m) => ({
      value: m.n,
      name: clip(moveLine(m).trim(), width === undefined ? undefined : width - 4),
      ...(m.rule === undefined
        ? {}
        : { description: `rule ${m.rule}${m.article === undefined ? '' : `, ${m.article}`}` }),
    })),
  );
  const move = view.moves[n - 1]?.move;
  if (move === undefined)
    return runCommand(st, { type: 'alt', move: n, explain: false, answers: {} });
  const answers: Record<string, string> = {};
  for (const p of promptsFor(altContextOf(st.session), move)) {
    if (p.ask !== 'always' || (p.when !== undefined && !p.when(answers))) continue;
    const fallback = p.default?.(answers);
    answers[p.key] =
      p.choices === undefined
        ? await ui.ask(messageOf(p, answers), (raw) => p.validate(raw, answers), fallback)
        : await ui.choose(messageOf(p, answers), p.choices, fallback);
  }
  return runCommand(st, { type: 'alt', move: n, explain: false, answers });
};

/** `j`: a position or a date, checked before it is taken. */
export const jumpFlow = async (st: Stepper, ui: TerminalPrompts): Promise<Reply> => {
  const s = st.session;
  const raw = await ui.ask(
    `Jump to a position (${viewOf(s).first}–${s.events.length}) or a date (YYYY-MM-DD):`,
    (value) => {
      try {
        if (/^\d+$/.test(value.trim())) goTo(s, Number(value.trim()));
        else goToDate(s, value.trim());
        return undefined;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    },
  );
  return handleLine(st, `jump ${raw.trim()}`);
};

/** `s`: a branch name and a description (or, for a blank bill, a new file's name). */
export const saveFlow = async (st: Stepper, ui: TerminalPrompts): Promise<Reply> => {
  if (st.session.source.kind === 'blank') {
    const file = await ui.ask('File to write the new scenario to (e.g. my-bill.yaml):', (v) =>
      v.trim() === '' ? 'give a file name' : undefined,
    );
    return runCommand(st, { type: 'save', name: file.trim() });
  }
  const first = runCommand(st, { type: 'save' });
  if (first.error === true) return first;
  const name = await ui.ask('Name of the new branch (lower-case words joined by hyphens):', (v) =>
    /^[a-z0-9][a-z0-9-]*$/.test(v.trim())
      ? undefined
      : 'lower-case words joined by hyphens, e.g. senate-refuses',
  );
  const description = await ui.ask('Description (Enter for one written for you):', () => undefined);
  return runCommand(st, {
    type: 'save',
    name: name.trim(),
    ...(description.trim() === '' ? {} : { description: description.trim() }),
  });
};
