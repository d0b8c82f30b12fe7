import type { Citation } from '../../src/domain/procedure.js';
import { ruSources as src } from './sources.js';
import { ruRefusalCitations, ruVetoSources as more } from './refusalCitations.js';
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
    article: 'Rules of procedure of the State Duma, art. 134.3 (edition of 2009)',
    text: "The Duma adopts the law in the President's wording by a majority of the total number of deputies; it is sent to the Federation Council within five days and passes it as a new law.",
    firmness: 'S',
    source: more.rules1343,
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
  'veto.newWording': {
    article: 'Rules of procedure of the State Duma, ch. 16 (article not read)',
    text: "The Duma adopts the law in a new wording (a special commission's) by a majority of the total number of deputies; it goes to the Federation Council under the ordinary procedure, as when first adopted.",
    firmness: 'S',
    source: src.vetoReconsideration,
  },
  'veto.newWordingFailed': {
    article: 'Rules of procedure of the State Duma, ch. 16 (article not read)',
    text: 'The new wording is not adopted; the law stays with the Duma.',
    firmness: 'U',
    source: src.vetoReconsideration,
  },
  'veto.rejectionAccepted': {
    article: 'Rules of procedure of the State Duma, art. 134.2(1) (edition of 2009)',
    text: "The Duma agrees with the President's rejection and takes the law off its agenda, by a majority of the total number of deputies (recorded as `rejectAsWhole`): the rejection stands.",
    firmness: 'S',
    source: more.rules1342,
  },
  'veto.rejectionNotAccepted': {
    article: 'Rules of procedure of the State Duma, art. 134.2(2) (edition of 2009)',
    text: 'The Duma does not agree with the rejection; it votes next on approving the law in its earlier wording.',
    firmness: 'S',
    source: more.rules1342,
  },
  'veto.specialCommission': {
    article: 'Rules of procedure of the State Duma, ch. 16 (article not read)',
    text: "A special commission of the Duma, the Federation Council and the President's representatives is formed to agree a new wording (a commission whose parties are not stated is taken to be this one).",
    firmness: 'U',
    source: src.vetoReconsideration,
  },
  'veto.specialCommissionCompleted': {
    article: 'Rules of procedure of the State Duma, ch. 16 (article not read)',
    text: 'The special commission ends its work; the Duma votes on the law again.',
    firmness: 'U',
    source: src.vetoReconsideration,
  },
  'veto.withdrawn': {
    article: 'Rules of procedure of the State Duma (not read)',
    text: "The vetoed law is taken off the agenda (recorded as withdrawn). No rule was found that makes a vetoed law lapse at the end of the Duma's convocation: otherwise it stays pending.",
    firmness: 'U',
    source: src.dumaRules,
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
  ...ruRefusalCitations(c),
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
