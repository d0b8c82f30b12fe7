import { go, onElapsed, startClock, stopClock, to, transmittedTo } from '../shared/transitions.js';

/**
 * One of the Georgian President's signing periods: the law is sent to her within `transmitDays`,
 * she signs within `signDays` of receipt, and if she neither signs nor returns it the
 * Chairperson of Parliament signs in her stead (stage `speakerSigns`). Rule ids are
 * `${prefix}.transmission`, `.presentedLate`, `.sign`, `.returnedWithoutRemarks`,
 * `.signatureExpired`, and `president.return` or `${prefix}.returnNotProvided`.
 */
export type SigningOptions = Readonly<{
  prefix: string;
  description: string;
  transmitDays: number;
  signDays: number;
  /** Where her signature leads (`enacted.override` after an override). */
  signedTarget: '#bill.enacted.signed' | '#bill.enacted.override';
  /** A return with motivated remarks opens reconsideration; false: the return is not provided. */
  returnable: boolean;
}>;

const acts = (o: SigningOptions) => ({
  PresidentSigned: to(o.signedTarget, `${o.prefix}.sign`),
  PresidentReturned: o.returnable
    ? to('#bill.remarks', 'president.return')
    : // A second return, or a return of a constitutional law, is assumed not to be provided.
      go({ rule: `${o.prefix}.returnNotProvided`, breach: true }),
  // A return without motivated remarks is no veto: the Speaker signs (2024 practice).
  PresidentRefused: to('#bill.speakerSigns', `${o.prefix}.returnedWithoutRemarks`),
});

export const signingStage = (o: SigningOptions) => {
  const transmission = {
    clock: `${o.prefix}.transmission`,
    label: `Transmission to the President (${o.description})`,
    rule: `${o.prefix}.transmission`,
    length: { days: o.transmitDays },
  } as const;
  const signature = {
    clock: `${o.prefix}.signature`,
    label: `President's signature (${o.description})`,
    rule: `${o.prefix}.signature`,
    length: { days: o.signDays },
  } as const;
  return {
    description: `President › ${o.description}`,
    initial: 'awaitingTransmission',
    exit: [stopClock(signature.clock)],
    states: {
      awaitingTransmission: {
        description: 'awaiting transmission to the President',
        entry: [startClock(transmission)],
        exit: [stopClock(transmission.clock)],
        on: {
          Transmitted: transmittedTo('president', {
            target: 'considering',
            rule: transmission.rule,
          }),
          DeadlineElapsed: onElapsed(transmission.clock, {
            target: 'considering',
            rule: transmission.rule,
          }),
          ...acts(o),
        },
      },
      considering: {
        description: 'awaiting signature',
        entry: [startClock(signature)],
        on: {
          DeadlineElapsed: onElapsed(signature.clock, {
            target: '#bill.speakerSigns',
            rule: `${o.prefix}.signatureExpired`,
          }),
          // Sent after the term allowed: her period is counted from actual receipt.
          Transmitted: transmittedTo('president', {
            rule: `${o.prefix}.presentedLate`,
            actions: [stopClock(signature.clock), startClock(signature)],
          }),
          ...acts(o),
        },
      },
    },
  };
};

/** The Chairperson of Parliament signs within five days in the President's stead (art. 46). */
export const speakerSigns = {
  description: "Chairperson of Parliament signs in the President's stead",
  entry: [
    startClock({
      clock: 'speaker.signature',
      label: "Chairperson's signature in the President's stead",
      rule: 'speaker.signature',
      length: { days: 5 },
    }),
  ],
  exit: [stopClock('speaker.signature')],
  on: {
    SignedInStead: go({
      target: '#bill.enacted.signedInStead',
      rule: 'speaker.sign',
      reason: 'signed-in-stead',
    }),
    DeadlineElapsed: onElapsed('speaker.signature', {
      rule: 'speaker.signatureOverdue',
      actions: [{ type: 'markOverdue', params: { clock: 'speaker.signature' } }],
    }),
  },
};
