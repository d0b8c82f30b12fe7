import type { Reply, Stepper } from '../stepper.js';
import { handleLine, runCommand, screenOf } from '../stepper.js';
import type { AfterSave } from './files.js';
import { settleEffect } from './files.js';

/** Prints a reply as plain text: the message, a page, the screen, then a question. */
export const printReply = (reply: Reply, out: (text: string) => void): void => {
  if (reply.message !== undefined)
    out(`${reply.error === true ? 'error: ' : ''}${reply.message}\n`);
  if (reply.page !== undefined) out(reply.page);
  if (reply.screen) out(screenOf(reply.stepper));
  if (reply.question !== undefined) out(`${reply.question}\n`);
};

/** Runs a reply's effect (a file write) and prints what became of it. */
const settle = async (
  reply: Reply,
  out: (text: string) => void,
  afterSave?: AfterSave,
): Promise<Stepper> => {
  printReply(reply, out);
  if (reply.effect === undefined) return reply.stepper;
  const done = await settleEffect(reply.stepper, reply.effect, afterSave);
  printReply(done, out);
  return done.stepper;
};

/**
 * Line mode: one command per line, plain output, for scripts and pipes. Each line is echoed
 * after `> ` so the output reads as a transcript. Bad input gets one line and the session goes
 * on; `quit`, the end of input or `stop` (Ctrl-C) end it.
 */
export const runLineMode = async (
  start: Stepper,
  lines: AsyncIterable<string>,
  out: (text: string) => void,
  afterSave?: AfterSave,
): Promise<void> => {
  let st = start;
  out(screenOf(st));
  for await (const line of lines) {
    out(`> ${line}\n`);
    const reply = handleLine(st, line);
    st = await settle(reply, out, afterSave);
    if (reply.quit === true) return;
  }
  // End of input: as `quit` (an unanswered question is dropped).
  printReply(runCommand({ session: st.session, render: st.render }, { type: 'quit' }), out);
};
