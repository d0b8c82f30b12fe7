import type { Citation } from '../../src/domain/procedure.js';
import { ruSources as src } from './sources.js';

const c = 'Constitution of Russia (as amended 2020)';

/** Rule id → article for the 2020 referral to the Constitutional Court before signature. */
export const ruCourtCitations: Readonly<Record<string, Citation>> = {
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
    text: 'The Court does not confirm the constitutionality of the federal constitutional law; assumed, as in art. 107(3), that it is returned to the Duma unsigned (that clause of art. 108(2) was not read).',
    firmness: 'U',
    source: src.art108current,
  },
};
