import type { ClockParams } from '../shared/billSetup.js';
import { onElapsed, startClock, stopClock, transmittedTo } from '../shared/transitions.js';

/**
 * Options of {@link receiptStates}. Rule and clock ids derive from `prefix`:
 * `<prefix>.transmission` (the sender's time limit), `<prefix>.received` and
 * `<prefix>.receivedLate` (a recorded receipt) and `<prefix>.period` (the recipient's time limit).
 */
export type ReceiptOptions<Acts extends object, Elapsed> = Readonly<{
  prefix: string;
  to: 'federationCouncil' | 'president';
  /** e.g. "the President", for clock labels. */
  recipient: string;
  transmissionDays: number;
  periodDays: number;
  /** Description of the stage while the recipient's period runs. */
  periodLabel: string;
  /** What the end of the recipient's period does. */
  onPeriodElapsed: Elapsed;
  /** Acts of the recipient, open before and after the receipt is recorded. */
  acts: Acts;
}>;

export const periodClock = (prefix: string): string => `${prefix}.period`;

/**
 * A law sent within N days to a body that must act within M days of receipt (arts. 105(3)–(4),
 * 107(1)–(2)): a recorded `Transmitted` event, or the end of the sender's N days when none is
 * recorded, starts the M days. A receipt recorded after the assumed one restarts them.
 */
export const receiptStates = <Acts extends object, Elapsed>(o: ReceiptOptions<Acts, Elapsed>) => {
  const transmission: ClockParams = {
    clock: `${o.prefix}.transmission`,
    label: `Transmission to ${o.recipient}`,
    rule: `${o.prefix}.transmission`,
    length: { days: o.transmissionDays },
  };
  const period: ClockParams = {
    clock: periodClock(o.prefix),
    label: `Time limit of ${o.recipient}`,
    rule: periodClock(o.prefix),
    length: { days: o.periodDays },
  };
  return {
    initial: 'awaitingTransmission' as const,
    exit: [stopClock(period.clock)],
    states: {
      awaitingTransmission: {
        description: 'awaiting transmission',
        entry: [startClock(transmission)],
        exit: [stopClock(transmission.clock)],
        on: {
          ...o.acts,
          Transmitted: transmittedTo(o.to, {
            target: 'considering',
            rule: `${o.prefix}.received`,
          }),
          DeadlineElapsed: onElapsed(transmission.clock, {
            target: 'considering',
            rule: transmission.rule,
          }),
        },
      },
      considering: {
        description: o.periodLabel,
        entry: [startClock(period)],
        on: {
          ...o.acts,
          Transmitted: transmittedTo(o.to, {
            rule: `${o.prefix}.receivedLate`,
            actions: [stopClock(period.clock), startClock(period)],
          }),
          DeadlineElapsed: o.onPeriodElapsed,
        },
      },
    },
  };
};
