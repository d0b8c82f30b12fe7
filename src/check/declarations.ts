import type { PeriodLength } from '../domain/calendar.js';
import type { ChamberId } from '../domain/chambers.js';
import type { BillKind, Motion } from '../domain/events.js';
import type { ThresholdName } from '../domain/thresholds.js';

/**
 * A time limit a stage must run, declared from the constitution apart from the machine, so that
 * a machine that lost a clock, or counts the wrong length, contradicts it.
 */
export type ClockDeclaration = Readonly<{
  /** A stage path (`senate`, `president.considering`); its sub-stages are included. */
  stage: string;
  clock: string;
  /** The lengths the constitution allows (an urgent review may be shorter). */
  lengths: readonly PeriodLength[];
  /**
   * Chambers whose votes at this stage are out of time once the clock ran out: the expiry
   * decides for them (deemed approved, objections accepted).
   */
  bounds?: readonly ChamberId[];
  /** The bound does not hold for a law on an art. 106 subject (the Council must vote on it). */
  exceptMandatory?: boolean;
  article: string;
}>;

/** The least threshold a passing vote on `motion` needs (for a kind of law, in a chamber). */
export type ThresholdDeclaration = Readonly<{
  motion: Motion;
  kind?: BillKind;
  chamber?: ChamberId;
  atLeast: ThresholdName;
  article: string;
}>;

/** What the invariants know about a procedure independently of its machine. */
export type ProcedureDeclaration = Readonly<{
  clocks: readonly ClockDeclaration[];
  thresholds: readonly ThresholdDeclaration[];
}>;

const KZ = 'Constitution of Kazakhstan';
const RU = 'Constitution of Russia';

const days = (n: number): PeriodLength => ({ days: n });
const months = (n: number): PeriodLength => ({ months: n });

/** The Kazakh President's stages, the same in every Kazakh version (arts. 44(2), 54(2), 61(4)). */
const kzPresident = (
  objectionChambers: readonly ChamberId[],
  article: string,
): ClockDeclaration[] => [
  {
    stage: 'president.awaitingTransmission',
    clock: 'president.presentation',
    lengths: [days(10)],
    article: `${KZ}, art. 61(4)`,
  },
  {
    stage: 'president.considering',
    clock: 'president.signature',
    lengths: [months(1)],
    article: `${KZ}, art. 44(2)`,
  },
  {
    stage: 'president.review',
    clock: 'court.decision',
    lengths: [months(1), days(10)],
    article: `${KZ}, art. 73`,
  },
  {
    stage: 'objections',
    clock: 'objections',
    lengths: [months(1)],
    bounds: objectionChambers,
    article,
  },
  { stage: 'mustSign', clock: 'president.mustSign', lengths: [months(1)], article },
];

const kzOverride = (constitutionalLaw: ThresholdName, article: string): ThresholdDeclaration[] => [
  { motion: 'overrideVeto', kind: 'law', atLeast: 'twoThirds', article },
  { motion: 'overrideVeto', kind: 'constitutionalLaw', atLeast: constitutionalLaw, article },
];

/** Every vote that adopts (part of) a constitutional law needs two-thirds (KZ art. 62(4)). */
const kzConstitutionalLaw = (motions: readonly Motion[]): ThresholdDeclaration[] =>
  motions.map((motion) => ({
    motion,
    kind: 'constitutionalLaw',
    atLeast: 'twoThirds',
    article: `${KZ}, art. 62(4)`,
  }));

const senate60 = (stage: string, bounds: boolean): ClockDeclaration => ({
  stage,
  clock: 'senate.consideration',
  lengths: [days(60)],
  ...(bounds ? { bounds: ['senate'] } : {}),
  article: bounds ? `${KZ}, art. 61(4)` : 'Constitutional Law on Parliament, art. 18(1)',
});

const kz1995: ProcedureDeclaration = {
  clocks: [
    senate60('senate', false),
    senate60('senateAgain', false),
    ...kzPresident(['majilis', 'senate'], `${KZ}, arts. 53–54`),
  ],
  thresholds: [
    ...kzConstitutionalLaw([
      'passReading',
      'adopt',
      'approve',
      'acceptAmendments',
      'adoptAgreedText',
    ]),
    {
      motion: 'reaffirm',
      atLeast: 'twoThirds',
      article: 'Constitutional Law on Parliament, art. 18',
    },
    ...kzOverride('twoThirds', `${KZ}, arts. 53–54`),
  ],
};

const kz2023: ProcedureDeclaration = {
  clocks: [
    senate60('senate', true),
    senate60('conciliation.senate', true),
    ...kzPresident(['majilis', 'senate'], `${KZ}, art. 54(2)(2)`),
  ],
  thresholds: [
    ...kzConstitutionalLaw(['passReading', 'adopt']),
    { motion: 'reaffirm', atLeast: 'twoThirds', article: `${KZ}, art. 61(5)` },
    ...kzOverride('threeQuarters', `${KZ}, arts. 53(1-2), 54(2)(2)`),
  ],
};

const kurultai: ProcedureDeclaration = {
  clocks: kzPresident(['kurultai'], 'Constitution of Kazakhstan (2026), art. 56(2)'),
  thresholds: [
    ...kzConstitutionalLaw(['passReading', 'adopt']),
    ...kzOverride('threeQuarters', 'Constitution of Kazakhstan (2026), art. 56(2)'),
  ],
};

/** Sent to the President within five days, who acts within `period` days (`article`). */
const ruReceipt = (
  prefix: string,
  stage: string,
  period: number,
  article: string,
): ClockDeclaration[] => [
  {
    stage: `${stage}.awaitingTransmission`,
    clock: `${prefix}.transmission`,
    lengths: [days(5)],
    article: `${RU}, art. 107(1)`,
  },
  { stage: `${stage}.considering`, clock: `${prefix}.period`, lengths: [days(period)], article },
];

const ru = (courtReview: boolean): ProcedureDeclaration => ({
  clocks: [
    {
      stage: 'federationCouncil.awaitingTransmission',
      clock: 'fc.transmission',
      lengths: [days(5)],
      article: `${RU}, art. 105(3)`,
    },
    {
      stage: 'federationCouncil.considering',
      clock: 'fc.period',
      lengths: [days(14)],
      bounds: ['federationCouncil'],
      exceptMandatory: true,
      article: `${RU}, arts. 105(4), 106`,
    },
    ...ruReceipt('president', 'president', 14, `${RU}, art. 107(1)`),
    ...ruReceipt('override', 'mustSign', 7, `${RU}, art. 107(3)`),
    ...ruReceipt('fkz.president', 'constitutionalLaw.president', 14, `${RU}, art. 108(2)`),
    ...(courtReview
      ? [
          {
            // The three days of art. 107(3), applied to a referral within the fourteen days
            // (art. 125(5.1)(a)) by analogy: see machines/ru/assumptions.ts.
            stage: 'president.afterRuling',
            clock: 'president.court.afterRuling',
            lengths: [days(3)],
            article: `${RU}, arts. 107(3), 125(5.1)(a)`,
          },
          {
            stage: 'mustSign.afterRuling',
            clock: 'court.afterRuling',
            lengths: [days(3)],
            article: `${RU}, art. 107(3)`,
          },
          {
            stage: 'constitutionalLaw.president.afterRuling',
            clock: 'fkz.court.afterRuling',
            lengths: [days(3)],
            article: `${RU}, art. 108(2)`,
          },
        ]
      : []),
  ],
  thresholds: [
    { motion: 'overrideVeto', atLeast: 'twoThirds', article: `${RU}, art. 107(3)` },
    // After a veto (Duma Rules, ch. 16): the President's or a new wording, or agreement with the
    // rejection, each by a majority of the total number of deputies.
    ...(['adoptInPresidentWording', 'adoptInNewWording', 'rejectAsWhole'] as const).map(
      (motion) => ({
        motion,
        chamber: 'duma' as const,
        atLeast: 'majority' as const,
        article: 'Rules of procedure of the State Duma, arts. 134.2–134.3',
      }),
    ),
    { motion: 'reaffirm', atLeast: 'twoThirds', article: `${RU}, art. 105(5)` },
    {
      motion: 'adopt',
      kind: 'constitutionalLaw',
      chamber: 'duma',
      atLeast: 'twoThirds',
      article: `${RU}, art. 108(2)`,
    },
    {
      motion: 'approve',
      kind: 'constitutionalLaw',
      chamber: 'federationCouncil',
      atLeast: 'threeQuarters',
      article: `${RU}, art. 108(2)`,
    },
  ],
});

/**
 * The built-in declarations, by procedure id. A procedure without one is checked by every
 * invariant but those that need a declaration (a stage's clock, a motion's threshold).
 */
export const declarations: Readonly<Record<string, ProcedureDeclaration>> = {
  'kz-1995': kz1995,
  'kz-2023': kz2023,
  'kz-2026-kurultai': kurultai,
  'ru-1993': ru(false),
  'ru-2020': ru(true),
};

const NONE: ProcedureDeclaration = { clocks: [], thresholds: [] };

export const declarationOf = (
  procedureId: string,
  table: Readonly<Record<string, ProcedureDeclaration>> = declarations,
): ProcedureDeclaration => table[procedureId] ?? NONE;

/** Whether `path` is `stage` or one of its sub-stages. */
export const inStage = (path: string, stage: string): boolean =>
  path === stage || path.startsWith(`${stage}.`);
