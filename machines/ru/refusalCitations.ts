import type { Citation } from '../../src/domain/procedure.js';

/** Sources read for the veto and the refusal to sign (issue 10 §3). */
export const ruVetoSources = {
  /** Duma Rules, art. 134.2 (edition of 25 Dec 2009, as amended on 9 Jul 2004). */
  rules1342: 'https://zakonbase.ru/content/part/665444?print=1',
  /** Duma Rules, art. 134.3 (same edition). */
  rules1343: 'https://zakonbase.ru/content/part/665446',
  /** The cultural valuables law: returns without consideration, re-sending, ruling 11-P. */
  refusalCase:
    'https://ukrbukva.net/page,10,14056-Zakonodatel-nyiy-process-v-Rossiiyskoiy-Federacii.html',
  /** Federal Law 64-FZ: adopted 5 Feb 1997, approved 5 Mar 1997, signed 15 Apr 1998. */
  law64fz:
    'https://ru.wikipedia.org/wiki/%D0%A4%D0%B5%D0%B4%D0%B5%D1%80%D0%B0%D0%BB%D1%8C%D0%BD%D1%8B%D0%B9_%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD_%D0%BE_%D1%80%D0%B5%D1%81%D1%82%D0%B8%D1%82%D1%83%D1%86%D0%B8%D0%B8_%D0%BA%D1%83%D0%BB%D1%8C%D1%82%D1%83%D1%80%D0%BD%D1%8B%D1%85_%D1%86%D0%B5%D0%BD%D0%BD%D0%BE%D1%81%D1%82%D0%B5%D0%B9',
} as const;

/**
 * The President refuses to act (a law "returned without consideration", no signature after an
 * override), and what follows: the chambers send it again, or the Constitutional Court settles
 * the dispute over competence (art. 125(3)(a)); ruling No. 11-P of 6 Apr 1998 obliged the
 * President to sign Federal Law 64-FZ, signed on 15 Apr 1998.
 */
const refusalCitations = (
  c: string,
  prefix: 'president' | 'override',
  article: string,
): Readonly<Record<string, Citation>> => ({
  [`${prefix}.refused`]: {
    article: `${c}, ${article}`,
    text: 'The President neither signs nor rejects the law but returns it "without consideration" or leaves it unsigned: not an act the Constitution provides (a breach). In 1996–97 the cultural valuables law was returned so twice after the chambers had overridden its rejection.',
    firmness: 'S',
    source: ruVetoSources.refusalCase,
  },
  [`${prefix}.resent`]: {
    article: `${c}, ${article}; resolutions of the Duma (10 Jun 1997) and the Federation Council (14 Jun 1997)`,
    text: 'The chambers send the law to the President again; the time limit is counted anew from its receipt (assumed: no rule states it).',
    firmness: 'U',
    source: ruVetoSources.refusalCase,
  },
  [`${prefix}.competenceDispute`]: {
    article: `${c}, art. 125(3)(a)`,
    text: 'A chamber asks the Constitutional Court to settle the dispute over competence with the President: whether he must sign the law.',
    firmness: 'S',
    source: ruVetoSources.refusalCase,
  },
  [`${prefix}.signatureRequired`]: {
    article: 'Constitutional Court ruling No. 11-P of 6 Apr 1998',
    text: 'The Court rules that the President is obliged to sign the law (as it did for the cultural valuables law).',
    firmness: 'S',
    source: ruVetoSources.refusalCase,
  },
  [`${prefix}.signatureNotRequired`]: {
    article: `${c}, art. 125(3)(a)`,
    text: 'The Court does not oblige the President to sign: the law stays with the chambers (what they may do then is not modelled).',
    firmness: 'U',
    source: ruVetoSources.refusalCase,
  },
  [`${prefix}.signAfterRuling`]: {
    article: 'Constitutional Court ruling No. 11-P of 6 Apr 1998',
    text: "The President signs the law as the Court's ruling obliges him (Federal Law 64-FZ was signed on 15 Apr 1998, nine days after the ruling); no time limit is stated.",
    firmness: 'S',
    source: ruVetoSources.law64fz,
  },
});

/** The refusal rules of the President's stage and of the signature after an override. */
export const ruRefusalCitations = (c: string): Readonly<Record<string, Citation>> => ({
  ...refusalCitations(c, 'president', 'arts. 107(2)–(3)'),
  ...refusalCitations(c, 'override', 'art. 107(3)'),
});
