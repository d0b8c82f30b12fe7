import type { Citation } from '../../src/domain/procedure.js';
import { ruSources as src } from './sources.js';
import type { RuWording } from './wording.js';

/** Rule id → article for the President's stages and the veto. Firmness as in research §2. */
export const ruPresidentCitations = ({
  constitution: c,
  fcMembers: fc,
  art107,
  art108,
}: RuWording): Readonly<Record<string, Citation>> => ({
  'president.transmission': {
    article: `${c}, art. 107(1); Constitutional Court ruling No. 10-P of 22 Apr 1996`,
    text: 'The adopted law is sent to the President within five days, by the Federation Council (or by the Duma after its art. 105(5) vote); unrecorded, receipt is assumed on the fifth day.',
    firmness: 'S',
    source: art107,
  },
  'president.received': {
    article: `${c}, art. 107(3)`,
    text: "The President receives the law; the fourteen days run from its receipt ('с момента поступления').",
    firmness: 'S',
    source: art107,
  },
  'president.receivedLate': {
    article: `${c}, arts. 107(1), 107(3)`,
    text: 'Receipt is recorded after the five days for sending ran out; the fourteen days are counted again from the recorded receipt.',
    firmness: 'U',
    source: art107,
  },
  'president.period': {
    article: `${c}, art. 107(2)`,
    text: 'The President signs and promulgates the federal law within fourteen days.',
    firmness: 'S',
    source: art107,
  },
  'president.sign': {
    article: `${c}, art. 107(2)`,
    text: 'The President signs the federal law.',
    firmness: 'S',
    source: art107,
  },
  'president.reject': {
    article: `${c}, art. 107(3)`,
    text: 'The President rejects the law within fourteen days of its receipt; the Duma and the Federation Council consider it again.',
    firmness: 'S',
    source: art107,
  },
  'president.periodOverdue': {
    article: `${c}, art. 107(2)`,
    text: 'The fourteen days ran out; the Constitution states no consequence.',
    firmness: 'U',
    source: art107,
  },
  'veto.presidentWording': {
    article: 'Rules of procedure of the State Duma (edition not shown)',
    text: "The Duma first votes on adopting the law in the President's wording (majority of the total number of deputies); so adopted, it goes to the Federation Council under the ordinary procedure.",
    firmness: 'S',
    source: src.vetoReconsideration,
  },
  'veto.presidentWordingFailed': {
    article: 'Rules of procedure of the State Duma (edition not shown)',
    text: "The President's wording is not adopted; the Duma then votes on its previously adopted wording.",
    firmness: 'S',
    source: src.vetoReconsideration,
  },
  'veto.dumaOverride': {
    article: `${c}, art. 107(3)`,
    text: 'The Duma approves the law in the previously adopted wording by at least two-thirds of the total number of deputies (300 of 450).',
    firmness: 'S',
    source: art107,
  },
  'veto.transmitted': {
    article: `${c}, art. 107(3)`,
    text: 'The Federation Council receives the law the Duma approved again; no time limit is set.',
    firmness: 'U',
    source: art107,
  },
  'veto.fcOverride': {
    article: `${c}, art. 107(3)`,
    text: `The Federation Council approves the law in the previously adopted wording by at least two-thirds of the total number of ${fc}; the President must sign it.`,
    firmness: 'S',
    source: art107,
  },
  'veto.sustained': {
    article: `${c}, art. 107(3)`,
    text: "Without two-thirds of the total membership of either chamber the President's rejection stands.",
    firmness: 'S',
    source: art107,
  },
  'override.transmission': {
    article: `${c}, arts. 107(1), 107(3)`,
    text: 'The law approved over the rejection is sent to the President; the five days of art. 107(1) are assumed to apply.',
    firmness: 'U',
    source: art107,
  },
  'override.received': {
    article: `${c}, art. 107(3)`,
    text: 'The President receives the law approved over the rejection; the seven days are counted from receipt.',
    firmness: 'U',
    source: art107,
  },
  'override.receivedLate': {
    article: `${c}, art. 107(3)`,
    text: 'Receipt is recorded after the assumed one; the seven days are counted again from the recorded receipt.',
    firmness: 'U',
    source: art107,
  },
  'override.period': {
    article: `${c}, art. 107(3)`,
    text: 'A law approved over the rejection is signed by the President within seven days and promulgated.',
    firmness: 'S',
    source: art107,
  },
  'override.sign': {
    article: `${c}, art. 107(3)`,
    text: 'The President signs the law approved over the rejection.',
    firmness: 'S',
    source: art107,
  },
  'override.periodOverdue': {
    article: `${c}, art. 107(3)`,
    text: 'The seven days ran out; the Constitution states no consequence.',
    firmness: 'U',
    source: art107,
  },
  'fkz.president.transmission': {
    article: `${c}, arts. 107(1), 108(2)`,
    text: 'The federal constitutional law is sent to the President; art. 108 sets no period, and the five days of art. 107(1) are assumed to apply.',
    firmness: 'U',
    source: art108,
  },
  'fkz.president.received': {
    article: `${c}, art. 108(2)`,
    text: 'The President receives the federal constitutional law; the fourteen days are assumed to run from receipt.',
    firmness: 'U',
    source: art108,
  },
  'fkz.president.receivedLate': {
    article: `${c}, art. 108(2)`,
    text: 'Receipt is recorded after the assumed one; the fourteen days are counted again from the recorded receipt.',
    firmness: 'U',
    source: art108,
  },
  'fkz.president.period': {
    article: `${c}, art. 108(2)`,
    text: 'The President signs and promulgates the federal constitutional law within fourteen days.',
    firmness: 'S',
    source: art108,
  },
  'fkz.president.sign': {
    article: `${c}, art. 108(2)`,
    text: 'The President signs the federal constitutional law; he has no veto over it.',
    firmness: 'S',
    source: src.fkzNoVeto,
  },
  'fkz.president.periodOverdue': {
    article: `${c}, art. 108(2)`,
    text: 'The fourteen days ran out; the Constitution states no consequence.',
    firmness: 'U',
    source: art108,
  },
  'law.publication': {
    article: `${c}, art. 107; Federal Law No. 5-FZ of 14 June 1994`,
    text: 'The President promulgates the signed law; it is officially published (Rossiyskaya Gazeta, Sobranie zakonodatelstva, or the official legal portal).',
    firmness: 'S',
    source: src.publication,
  },
  'law.entryIntoForce': {
    article: 'Federal Law No. 5-FZ of 14 June 1994',
    text: 'The law enters into force throughout Russia ten days after its official publication, unless it provides otherwise.',
    firmness: 'S',
    source: src.entryIntoForce,
  },
});
