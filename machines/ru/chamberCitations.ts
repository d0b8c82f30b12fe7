import type { Citation } from '../../src/domain/procedure.js';
import { ruSources as src } from './sources.js';
import type { RuWording } from './wording.js';

/** Rule id → article for the Duma and Federation Council stages. Firmness as in research §2. */
export const ruChamberCitations = ({
  constitution: c,
  fcMembers: fc,
  art108,
}: RuWording): Readonly<Record<string, Citation>> => ({
  'introduction.law': {
    article: `${c}, art. 104(1)–(2)`,
    text: 'Bills are introduced in the State Duma by the holders of the right of legislative initiative.',
    firmness: 'S',
    source: src.art104,
  },
  'introduction.constitutionalLaw': {
    article: `${c}, arts. 104(2), 108`,
    text: 'Federal constitutional laws, on the matters the Constitution reserves for them, are introduced in the State Duma.',
    firmness: 'S',
    source: art108,
  },
  'chamber.postponed': {
    article: 'Rules of procedure of the State Duma and the Federation Council (not read)',
    text: 'A chamber takes the bill off its agenda; nothing changes and the running time limits go on.',
    firmness: 'U',
    source: src.dumaRules,
  },
  'duma.reading': {
    article: `${c}, art. 105(2); Rules of procedure of the State Duma`,
    text: 'A first or second reading passes by a majority of the total number of deputies (226 of 450), as for adoption; three readings are the norm.',
    firmness: 'S',
    source: src.readings,
  },
  'duma.readingFailed': {
    article: `${c}, art. 105(2); Rules of procedure of the State Duma (not read)`,
    text: 'A reading without a majority of the total number of deputies ends the bill; the Rules may allow exceptions that are not modelled.',
    firmness: 'U',
    source: src.readings,
  },
  'duma.amendments': {
    article: 'Rules of procedure of the State Duma',
    text: 'Amendments are proposed after the first reading and considered article by article at the second.',
    firmness: 'S',
    source: src.readings,
  },
  'duma.adopt': {
    article: `${c}, art. 105(2); Constitutional Court ruling No. 2-P of 12 Apr 1995`,
    text: 'The Duma adopts a federal law at the third reading by a majority of the total number of deputies (226 of the 450 of art. 95(3)).',
    firmness: 'S',
    source: src.art105,
  },
  'duma.adoptAtOnce': {
    article: `${c}, art. 105(2); Rules of procedure of the State Duma`,
    text: 'The Duma adopts a federal law "in the first reading and as a whole" (or in the second reading and as a whole) at one sitting, by a majority of the total number of deputies (226 of 450): the Constitution sets only the majority, the readings are the Rules\' detail.',
    firmness: 'S',
    source: src.readings,
  },
  'duma.notAdopted': {
    article: `${c}, art. 105(2); Rules of procedure of the State Duma`,
    text: 'A law not adopted at the third reading is not considered further.',
    firmness: 'S',
    source: src.readings,
  },
  'fkz.duma.reading': {
    article: 'Rules of procedure of the State Duma (not read)',
    text: 'A first or second reading of a federal constitutional law; its threshold was not found and a majority of the total number of deputies is assumed.',
    firmness: 'U',
    source: src.dumaRules,
  },
  'fkz.duma.readingFailed': {
    article: 'Rules of procedure of the State Duma (not read)',
    text: 'A reading of a federal constitutional law without the assumed majority ends the bill.',
    firmness: 'U',
    source: src.dumaRules,
  },
  'fkz.duma.adopt': {
    article: `${c}, art. 108(2)`,
    text: 'The Duma adopts a federal constitutional law by at least two-thirds of the total number of deputies (300 of 450).',
    firmness: 'S',
    source: art108,
  },
  'fkz.duma.adoptAtOnce': {
    article: `${c}, art. 108(2); Rules of procedure of the State Duma`,
    text: 'The Duma adopts a federal constitutional law in the first reading and as a whole at one sitting, by at least two-thirds of the total number of deputies (300 of 450).',
    firmness: 'S',
    source: art108,
  },
  'fkz.duma.notAdopted': {
    article: `${c}, art. 108(2)`,
    text: 'Without two-thirds of the total number of deputies the federal constitutional law is not adopted.',
    firmness: 'S',
    source: art108,
  },
  'fc.transmission': {
    article: `${c}, art. 105(3)`,
    text: 'A federal law adopted by the Duma is sent to the Federation Council within five days; unrecorded, receipt is assumed on the fifth day.',
    firmness: 'S',
    source: src.art105,
  },
  'fc.received': {
    article: `${c}, art. 105(4)`,
    text: 'The Federation Council receives the law; its fourteen days are counted from receipt (the start is stated in no rule or ruling found; the law is registered on arrival).',
    firmness: 'U',
    source: src.fcRegistration,
  },
  'fc.receivedLate': {
    article: `${c}, arts. 105(3)–(4)`,
    text: 'Receipt is recorded after the five days for sending ran out; the fourteen days are counted again from the recorded receipt.',
    firmness: 'U',
    source: src.fcRegistration,
  },
  'fc.period': {
    article: `${c}, art. 105(4)`,
    text: 'The Federation Council considers the law within fourteen days.',
    firmness: 'S',
    source: src.art105fc,
  },
  'fc.approve': {
    article: `${c}, art. 105(4); Constitutional Court ruling No. 10-P of 22 Apr 1996`,
    text: `The Federation Council approves the law by more than half of the total number of ${fc}; it sends the law to the President within five days.`,
    firmness: 'S',
    source: src.art105fc,
  },
  'fc.reject': {
    article: `${c}, arts. 105(4)–(5)`,
    text: 'The Federation Council rejects the law; the chambers may form a conciliation commission, and the Duma considers the law again.',
    firmness: 'S',
    source: src.art105,
  },
  'fc.deemedApproved': {
    article: `${c}, art. 105(4)`,
    text: 'The Federation Council did not consider the law within fourteen days: the law is deemed approved and goes to the President.',
    firmness: 'S',
    source: src.art105fc,
  },
  'fc.mandatoryConsideration': {
    article: `${c}, art. 106`,
    text: 'Laws on the federal budget, federal taxes and fees, financial, currency, credit and customs regulation and money issue, treaties, the state border, and war and peace must be considered: the fourteen days running out does not approve them.',
    firmness: 'S',
    source: src.art106,
  },
  'conciliation.formed': {
    article: `${c}, art. 105(4)`,
    text: 'The chambers form a conciliation commission to overcome their disagreement.',
    firmness: 'S',
    source: src.art105,
  },
  'conciliation.completed': {
    article: `${c}, art. 105(4)`,
    text: 'The conciliation commission ends its work; the law is considered again by the Duma.',
    firmness: 'S',
    source: src.art105,
  },
  'duma.adoptAgreedText': {
    article: `${c}, arts. 105(2), 105(4)`,
    text: 'The Duma adopts the agreed text by a majority of the total number of deputies; the law goes to the Federation Council again.',
    firmness: 'S',
    source: src.art105,
  },
  'duma.agreedTextRejected': {
    article: `${c}, art. 105(5); Rules of procedure of the State Duma (not read)`,
    text: 'The Duma does not adopt the agreed text; it may still vote again on its own wording.',
    firmness: 'U',
    source: src.dumaRules,
  },
  'duma.reaffirm': {
    article: `${c}, art. 105(5); Constitutional Court ruling No. 10-P of 22 Apr 1996`,
    text: "The Duma disagrees with the Federation Council's decision: the law is adopted if at least two-thirds of the total number of deputies (300 of 450) vote for it again; the Duma sends it to the President.",
    firmness: 'S',
    source: src.art105,
  },
  'duma.reaffirmFailed': {
    article: `${c}, art. 105(5)`,
    text: "Without two-thirds of the total number of deputies the Federation Council's rejection stands.",
    firmness: 'S',
    source: src.art105,
  },
  'fkz.fc.received': {
    article: `${c}, art. 108(2)`,
    text: 'The Federation Council receives the federal constitutional law; art. 108 sets no time limit for sending or considering it.',
    firmness: 'U',
    source: art108,
  },
  'fkz.fc.approve': {
    article: `${c}, art. 108(2)`,
    text: `The Federation Council approves a federal constitutional law by at least three-quarters of the total number of ${fc}; it is never deemed approved.`,
    firmness: 'S',
    source: art108,
  },
  'fkz.fc.rejected': {
    article: `${c}, art. 108(2)`,
    text: 'Without three-quarters of the Federation Council the federal constitutional law is not adopted; no repeat Duma vote is provided (a conciliation commission, if the Rules allow one, is not modelled).',
    firmness: 'U',
    source: art108,
  },
  'bill.withdrawn': {
    article: 'Rules of procedure of the State Duma (not read)',
    text: 'The initiator withdraws the bill before the Duma adopts it at the third reading.',
    firmness: 'U',
    source: src.dumaRules,
  },
  'bill.lapsed': {
    article: 'Rules of procedure of the State Duma (not read)',
    text: 'The bill lapses before it reaches the President; no rule on lapse or carry-over was read.',
    firmness: 'U',
    source: src.dumaRules,
  },
});
