import { emitKeypressEvents } from 'node:readline';
import type { Key } from 'node:readline';
import type { ReadStream, WriteStream } from 'node:tty';
import type { Reply, Stepper } from '../stepper.js';
import { handleLine, questionOf, runCommand, screenOf } from '../stepper.js';
import { ansiStyle, plainStyle } from '../style.js';
import type { AfterSave } from './files.js';
import { settleEffect } from './files.js';
import { LEGEND, commandOfKey, keyReader, keysHelp } from './keys.js';
import type { TerminalPrompts } from './terminalPrompts.js';
import { terminalPrompts } from './terminalPrompts.js';
import { alternativeFlow, clip, jumpFlow, saveFlow } from './ttyFlows.js';

export type Terminal = Readonly<{
  input: ReadStream;
  output: WriteStream;
  color: boolean;
  afterSave?: AfterSave;
}>;

/** Thrown by a prompt on Ctrl-C (inquirer's ExitPromptError) or Esc (AbortPromptError). */
const promptEnded = (e: unknown): 'quit' | 'cancel' | undefined => {
  const name = e instanceof Error ? e.name : '';
  if (name === 'ExitPromptError') return 'quit';
  if (name === 'AbortPromptError') return 'cancel';
  return undefined;
};

/**
 * The terminal mode: the screen redrawn at each step, keys for the commands, and arrow-key
 * selection (inquirer) to pick an alternative and answer what it needs. The logic is the pure
 * stepper's; this only reads keys and draws.
 */
export const runTtyMode = async (start: Stepper, term: Terminal): Promise<void> => {
  const style = term.color ? ansiStyle : plainStyle;
  const width = () => term.output.columns;
  let st: Stepper = { ...start, render: { style, width: width() } };
  let note: { text: string; error: boolean } | undefined;
  let page: string | undefined;

  const draw = () => {
    st = { ...st, render: { style, width: width() } };
    term.output.write('\u001b[2J\u001b[3J\u001b[H');
    if (page !== undefined) {
      term.output.write(`${page}\n${style.dim('press any key to go back')}\n`);
      return;
    }
    term.output.write(screenOf(st));
    if (note !== undefined)
      term.output.write(`\n${note.error ? style.bad(note.text) : style.accent(note.text)}\n`);
    term.output.write(`\n${style.dim(clip(LEGEND, width()))}\n`);
  };

  /** Shows a reply, runs its effect, and answers its question with a prompt. */
  const apply = async (reply: Reply): Promise<boolean> => {
    st = { ...reply.stepper, render: st.render };
    note =
      reply.message === undefined
        ? undefined
        : { text: reply.message, error: reply.error === true };
    page = reply.page;
    if (reply.effect !== undefined)
      return apply(await settleEffect(st, reply.effect, term.afterSave));
    const pending = st.pending;
    if (pending !== undefined) {
      draw();
      const answer =
        pending.kind === 'overwrite'
          ? (await ui.confirmYes(questionOf(pending).replace(' (yes/no)', '')))
            ? 'yes'
            : 'no'
          : await ui.ask(questionOf(pending), () => undefined);
      return apply(handleLine(st, answer));
    }
    return reply.quit !== true;
  };

  const line = async (): Promise<Reply> =>
    handleLine(st, await ui.ask('command (help lists them):', () => undefined));

  /** One key of the main screen: a command, or a prompt that builds one. */
  const onKey = async (key: Key): Promise<Reply | undefined> => {
    const c = commandOfKey(key);
    if (c === undefined) {
      note = { text: 'no command on that key; ? lists them', error: true };
      return undefined;
    }
    if (c === 'alt') return alternativeFlow(st, ui, width());
    if (c === 'jump') return jumpFlow(st, ui);
    if (c === 'save') return saveFlow(st, ui);
    if (c === 'line') return line();
    const reply = runCommand(st, c);
    return c.type === 'help' ? { ...reply, page: keysHelp } : reply;
  };

  const loop = async (): Promise<void> => {
    for (;;) {
      draw();
      const key = await keys.next();
      if (page !== undefined) {
        page = undefined;
        continue;
      }
      try {
        const reply = await onKey(key);
        if (reply !== undefined && !(await apply(reply))) return;
      } catch (e) {
        const ended = promptEnded(e);
        if (ended === undefined) throw e;
        if (ended === 'quit') {
          const quit = runCommand(st, { type: 'quit' });
          note = quit.message === undefined ? undefined : { text: quit.message, error: false };
          return;
        }
        st = { session: st.session, render: st.render }; // an unanswered question is dropped
        note = { text: 'cancelled', error: false };
      }
    }
  };

  emitKeypressEvents(term.input);
  const keys = keyReader(term);
  const ui: TerminalPrompts = terminalPrompts(term, keys.release);
  try {
    await loop();
  } finally {
    keys.close();
  }
  term.output.write(note === undefined ? '' : `${note.text}\n`);
};
