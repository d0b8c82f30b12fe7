import type { Citation } from '../../src/domain/procedure.js';
import { kzSources as src } from './sources.js';

const c = 'Constitution of Kazakhstan (1995, as amended to 2022)';
const parliamentLaw =
  'Constitutional Law on Parliament and the Status of its Deputies of 16 Oct 1995, art. 19 (as amended on 19 Jun 2007)';

/** Where the 2007 "deemed signed" rule and its one use (June 2010) were read. */
const deemed = {
  /** Quotes art. 19: "Невозвращенный в течение ... срока закон считается подписанным". */
  article19: 'https://chrismerriman.com/kzblog/?p=2914',
} as const;

/**
 * Rule id → article for the President's stages (./presidentStages.ts) before 2023, when the
 * Constitutional Council, not a Court, reviewed laws before signature.
 */
export const kzBicameral1995PresidentCitations: Readonly<Record<string, Citation>> = {
  'president.presentedLate': {
    article: `${c}, arts. 44(2), 61(4)`,
    text: 'The law reached the President after the ten days allowed; the month for signature is counted from actual receipt (no rule on late presentation was found).',
    firmness: 'U',
    source: src.adilet,
  },
  'president.presentation': {
    article: `${c}, art. 61(4)`,
    text: 'The adopted law is presented to the President for signature within ten days; unrecorded, presentation is assumed on the last day.',
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'president.signature': {
    article: `${c}, art. 44(2)`,
    text: 'The President signs the law within one month or returns the law or some of its articles.',
    firmness: 'S',
    source: src.noSignature,
  },
  'president.sign': {
    article: `${c}, arts. 44(2), 62(2)`,
    text: 'The President signs the law; it enters into force after signature, as it provides.',
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'president.return': {
    article: `${c}, art. 44(2)`,
    text: 'The President returns the law or some of its articles for repeat discussion and voting.',
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'president.refused': {
    article: `${c}, art. 44(2)`,
    text: 'The President declines to sign without returning the law (as with the Leader of the Nation laws, 3 Jun 2010): not one of the acts art. 44(2) provides (a breach); the law stays before him and the month runs on.',
    firmness: 'S',
    source: src.noSignature,
  },
  'president.deemedSigned': {
    article: parliamentLaw,
    text: 'A law not returned within the month is deemed signed. Added in 2007; applied here to the whole 1995–2022 span, and whether later editions kept it was not checked.',
    firmness: 'S',
    source: deemed.article19,
  },
  'president.signedInStead': {
    article: `${parliamentLaw}; ${c}, art. 45(3)`,
    text: "The law deemed signed is signed in the President's stead by the Chairs of the Senate and the Mäjilis and the Prime Minister, and published (first done for the Leader of the Nation law, 15 Jun 2010). Whether these signatures replace the President's or are the countersignatures of art. 45(3) is not settled in the sources read.",
    firmness: 'U',
    source: src.noSignature,
  },
  'court.referral': {
    article: `${c}, arts. 72(1)(2), 73(2)`,
    text: 'The law is referred to the Constitutional Council before signature (by the President, a Chamber Chair, one-fifth of the deputies or the Prime Minister); the signing period is suspended.',
    firmness: 'S',
    source: src.council72,
  },
  'court.deadline': {
    article: `${c}, art. 73(3) (pre-2023 wording not read)`,
    text: 'The Constitutional Council decides within one month, or within ten days when the President asks because the matter is urgent.',
    firmness: 'U',
    source: src.council73,
  },
  'court.deadlineOverdue': {
    article: `${c}, art. 73(3)`,
    text: "The Council's time limit ran out; no consequence is stated.",
    firmness: 'U',
    source: src.council73,
  },
  'court.constitutional': {
    article: `${c}, art. 73(2)`,
    text: 'The Constitutional Council finds the law constitutional; the signing period resumes.',
    firmness: 'S',
    source: src.council73,
  },
  'court.unconstitutional': {
    article: `${c}, art. 74(1) (pre-2023 wording not read)`,
    text: 'A law the Constitutional Council finds unconstitutional may not be signed.',
    firmness: 'U',
    source: src.council72,
  },
  'objections.deadline': {
    article: `${c}, arts. 53–54 (paragraph varies by edition)`,
    text: 'The Chambers discuss and vote again within one month of the objections; missing the deadline means the objections are accepted.',
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'objections.override.law': {
    article: `${c}, arts. 53–54 (paragraph varies by edition)`,
    text: 'Each Chamber confirms its earlier decision by two-thirds of its total number.',
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'objections.override.constitutionalLaw': {
    article: `${c}, arts. 53–54`,
    text: 'Objections to a constitutional law: two-thirds of each Chamber assumed (the three-quarters rule of art. 53(1-2) dates from 2023).',
    firmness: 'U',
    source: src.lawmakingPre2023,
  },
  'objections.sustained': {
    article: `${c}, arts. 53–54`,
    text: "A Chamber did not override: the law is deemed not adopted (or adopted in the President's wording).",
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'objections.presidentWording': {
    article: `${c}, arts. 53–54`,
    text: "The Chamber adopts the law in the President's wording (majority of the total assumed); it then goes to the President again.",
    firmness: 'U',
    source: src.lawmakingPre2023,
  },
  'president.mustSign': {
    article: `${c}, arts. 53–54`,
    text: 'After the override the President signs the law within one month.',
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'president.signAfterOverride': {
    article: `${c}, arts. 53–54`,
    text: 'The President signs the law whose objections were overridden.',
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'president.mustSignOverdue': {
    article: `${c}, arts. 53–54`,
    text: 'The month for signature after the override ran out; no consequence is stated.',
    firmness: 'U',
    source: src.lawmakingPre2023,
  },
  'law.publication': {
    article: `${c}, art. 44(2)`,
    text: 'The signed law is promulgated and published.',
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'law.entryIntoForce': {
    article: `${c}, art. 62(2)`,
    text: 'The law enters into force after signature, as it provides.',
    firmness: 'S',
    source: src.lawmakingPre2023,
  },
  'bill.withdrawn': {
    article: 'Rules of procedure of Parliament (not read)',
    text: 'The initiator withdraws the bill before the Mäjilis adopts it.',
    firmness: 'U',
    source: src.majilisRules,
  },
  'bill.lapsed': {
    article: `${c}, art. 59 (sessions); carry-over rules not found`,
    text: 'The bill lapses (e.g. at the end of a convocation); no rule on carry-over was found.',
    firmness: 'U',
    source: src.majilisRules,
  },
};
