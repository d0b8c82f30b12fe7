import type { Citation } from '../../src/domain/procedure.js';
import { ruSources as src } from './sources.js';

const c = 'Constitution of Russia (as amended 2020)';

/**
 * The referral of a federal law within the ordinary fourteen days (art. 125(5.1)(a)): the
 * Constitution gives the power but, unlike arts. 107(3) and 108(2), states no suspension, time
 * limit after the ruling or return; those are taken from art. 107(3) by analogy [U].
 */
const ordinaryReferral: Readonly<Record<string, Citation>> = {
  'president.court.referral': {
    article: `${c}, art. 125(5.1)(a)`,
    text: 'Within the fourteen days the President asks the Constitutional Court to check the federal law before signing it (the Court checks laws adopted under art. 107(2)–(3) "before they are signed"); the period for signing is taken to be suspended while the Court considers the request, as art. 107(3) states after an override.',
    firmness: 'S',
    source: src.amendment2020,
  },
  'president.court.confirmed': {
    article: `${c}, art. 125(5.1)(a)`,
    text: "The Constitutional Court confirms the federal law's constitutionality.",
    firmness: 'S',
    source: src.amendment2020,
  },
  'president.court.afterRuling': {
    article: `${c}, arts. 107(3), 125(5.1)(a)`,
    text: "The President signs the law within three days of the Court's ruling: the time limit art. 107(3) sets after an override, applied by analogy (none is stated for a law referred within the fourteen days).",
    firmness: 'U',
    source: src.amendment2020,
  },
  'president.court.sign': {
    article: `${c}, arts. 107(2), 125(5.1)(a)`,
    text: 'The President signs the federal law the Court found constitutional.',
    firmness: 'S',
    source: src.amendment2020,
  },
  'president.court.afterRulingOverdue': {
    article: `${c}, arts. 107(3), 125(5.1)(a)`,
    text: 'The three days after the ruling ran out; the Constitution states no consequence.',
    firmness: 'U',
    source: src.amendment2020,
  },
  'president.court.notConfirmed': {
    article: `${c}, arts. 107(3), 125(5.1)(a)`,
    text: 'The Court does not confirm the constitutionality of the law; assumed, as art. 107(3) states after an override, that the President returns it to the Duma unsigned.',
    firmness: 'U',
    source: src.amendment2020,
  },
  'president.periodOverdue': {
    article: `${c}, arts. 107(2), 125(5.1)(a)`,
    text: 'The fourteen days ran out; the Constitution states no consequence for the signature, but the President can no longer refer the law to the Constitutional Court (assumed: the referral is taken to be open only within the period, as arts. 107(3) and 108(2) say).',
    firmness: 'U',
    source: src.amendment2020,
  },
};

/** Rule id → article for the 2020 referral to the Constitutional Court before signature. */
export const ruCourtCitations: Readonly<Record<string, Citation>> = {
  ...ordinaryReferral,
  'override.periodOverdue': {
    article: `${c}, art. 107(3)`,
    text: 'The seven days ran out; the Constitution states no consequence for the signature, but a referral to the Constitutional Court, made "within the said period", is no longer open.',
    firmness: 'S',
    source: src.amendment2020,
  },
  'fkz.president.periodOverdue': {
    article: `${c}, art. 108(2)`,
    text: 'The fourteen days ran out; the Constitution states no consequence for the signature, but a referral to the Constitutional Court, made "within the said period", is no longer open.',
    firmness: 'S',
    source: src.amendment2020,
  },
  'court.referral': {
    article: `${c}, art. 107(3)`,
    text: 'Within the seven days after an override the President asks the Constitutional Court to check the law; the period for signing is suspended while the Court considers the request.',
    firmness: 'S',
    source: src.art107referral,
  },
  'court.confirmed': {
    article: `${c}, art. 107(3)`,
    text: "The Constitutional Court confirms the law's constitutionality.",
    firmness: 'S',
    source: src.art107referral,
  },
  'court.afterRuling': {
    article: `${c}, art. 107(3)`,
    text: "The President signs the law within three days of the Court's ruling.",
    firmness: 'S',
    source: src.art107referral,
  },
  'court.sign': {
    article: `${c}, art. 107(3)`,
    text: 'The President signs the law the Court found constitutional.',
    firmness: 'S',
    source: src.art107referral,
  },
  'court.afterRulingOverdue': {
    article: `${c}, art. 107(3)`,
    text: 'The three days after the ruling ran out; the Constitution states no consequence.',
    firmness: 'U',
    source: src.art107current,
  },
  'court.notConfirmed': {
    article: `${c}, art. 107(3)`,
    text: 'The Court does not confirm the constitutionality of the law: the President returns it to the Duma unsigned.',
    firmness: 'S',
    source: src.art107referral,
  },
  'fkz.court.referral': {
    article: `${c}, art. 108(2)`,
    text: 'Within the fourteen days the President asks the Constitutional Court to check the federal constitutional law; the period for signing is suspended while the Court considers the request.',
    firmness: 'S',
    source: src.art108current,
  },
  'fkz.court.confirmed': {
    article: `${c}, art. 108(2)`,
    text: "The Constitutional Court confirms the federal constitutional law's constitutionality.",
    firmness: 'S',
    source: src.art108current,
  },
  'fkz.court.afterRuling': {
    article: `${c}, art. 108(2)`,
    text: "The President signs the federal constitutional law within three days of the Court's ruling.",
    firmness: 'S',
    source: src.art108current,
  },
  'fkz.court.sign': {
    article: `${c}, art. 108(2)`,
    text: 'The President signs the federal constitutional law the Court found constitutional.',
    firmness: 'S',
    source: src.art108current,
  },
  'fkz.court.afterRulingOverdue': {
    article: `${c}, art. 108(2)`,
    text: 'The three days after the ruling ran out; the Constitution states no consequence.',
    firmness: 'U',
    source: src.art108current,
  },
  'fkz.court.notConfirmed': {
    article: `${c}, art. 108(2)`,
    text: 'The Court does not confirm the constitutionality of the federal constitutional law: the President returns it to the Duma unsigned.',
    firmness: 'S',
    source: src.amendment2020,
  },
};
