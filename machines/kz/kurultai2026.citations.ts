import type { Citation } from '../../src/domain/procedure.js';
import { kzSources as src } from './sources.js';

const k = 'Constitution of Kazakhstan (2026; KRK-2026, text of 12 Feb 2026)';
const unread = 'Constitutional Law on the Kurultai / Kurultai Rules (not found)';

/** Rule id → article, for the Kurultai procedure. Firmness tags as in research/procedures.md §1.13. */
export const kzKurultai2026Citations: Readonly<Record<string, Citation>> = {
  'introduction.law': {
    article: `${k}, art. 60(1)`,
    text: 'The President, Kurultai deputies, the Government and the Qazaqstan Halyq Kenesi introduce bills, only in the Kurultai.',
    firmness: 'P',
    source: src.krk2026,
  },
  'introduction.constitutionalLaw': {
    article: `${k}, arts. 56(1), 60(1), 61(3)`,
    text: 'The Kurultai adopts constitutional laws, by at least two-thirds of its total number.',
    firmness: 'P',
    source: src.krk2026,
  },
  'chamber.postponed': {
    article: unread,
    text: 'The Kurultai takes a bill off its agenda; nothing changes.',
    firmness: 'U',
    source: src.krk2026,
  },
  'kurultai.reading': {
    article: `${k}, art. 61(3)–(4); ${unread}`,
    text: 'An intermediate reading. The Constitution sets no number of readings; any number may precede adoption, each assumed to need the majority required for adoption.',
    firmness: 'U',
    source: src.krk2026,
  },
  'kurultai.readingFailed': {
    article: unread,
    text: 'An intermediate reading without the required majority: assumed to end the bill as not adopted.',
    firmness: 'U',
    source: src.krk2026,
  },
  'kurultai.adopt': {
    article: `${k}, art. 61(3)–(4)`,
    text: 'The Kurultai adopts a law by a majority of its total number (73 of 145), a constitutional law by two-thirds (97 of 145).',
    firmness: 'P',
    source: src.krk2026,
  },
  'kurultai.notAdopted': {
    article: `${k}, art. 61(3)–(4)`,
    text: 'Without the required majority of the total number of deputies the law is not adopted.',
    firmness: 'P',
    source: src.krk2026,
  },
  'kurultai.rejectAsWhole': {
    article: `${k}, art. 60(5)`,
    text: 'The Kurultai rejects the bill as a whole by a majority of its total number; it is deemed not adopted and returned to the initiator.',
    firmness: 'P',
    source: src.krk2026,
  },
  'kurultai.rejectionFailed': {
    article: `${k}, art. 60(5)`,
    text: 'A motion to reject without a majority of the total number fails; the bill stays before the Kurultai.',
    firmness: 'P',
    source: src.krk2026,
  },
  'president.presentedLate': {
    article: `${k}, arts. 46(3), 60(5)`,
    text: 'The law reached the President after the ten days allowed; the month for signature is counted from actual receipt (no rule on late presentation was found).',
    firmness: 'U',
    source: src.krk2026,
  },
  'president.presentation': {
    article: `${k}, art. 60(5)`,
    text: 'The adopted law is presented to the President for signature within ten days; unrecorded, presentation is assumed on the last day.',
    firmness: 'P',
    source: src.krk2026,
  },
  'president.signature': {
    article: `${k}, art. 46(3)`,
    text: 'The President signs the law within one month, promulgates it, or returns the law or some of its articles.',
    firmness: 'P',
    source: src.krk2026,
  },
  'president.sign': {
    article: `${k}, arts. 46(3), 61(2)`,
    text: 'The President signs the law; it enters into force after signature.',
    firmness: 'P',
    source: src.krk2026,
  },
  'president.return': {
    article: `${k}, arts. 46(3), 56(2)`,
    text: 'The President returns the law or some of its articles for repeat discussion and voting.',
    firmness: 'P',
    source: src.krk2026,
  },
  'president.signatureOverdue': {
    article: `${k}, arts. 46(3), 47(3)`,
    text: 'The month for signature ran out. The Constitution states no consequence.',
    firmness: 'U',
    source: src.krk2026,
  },
  'president.refused': {
    article: `${k}, art. 46(3)`,
    text: 'The President declines to sign without returning the law: not one of the acts art. 46(3) provides (a breach). The law stays before him and the month runs on, with no stated consequence.',
    firmness: 'U',
    source: src.krk2026,
  },
  'court.referral': {
    article: `${k}, arts. 73(1)(2), 74(2)`,
    text: 'The President, the Kurultai Chair, one-fifth of the deputies or the Prime Minister refers the law to the Constitutional Court before signature; the signing period is suspended.',
    firmness: 'P',
    source: src.krk2026,
  },
  'court.deadline': {
    article: `${k}, art. 74(3); the constitutional law it refers to was not found`,
    text: 'Assumed as under the 2022 law: the Court decides within one month, or within ten days when the President demands it as urgent.',
    firmness: 'U',
    source: src.courtDeadlines,
  },
  'court.deadlineOverdue': {
    article: `${k}, art. 74(3)`,
    text: "The Court's time limit ran out; no consequence is stated.",
    firmness: 'U',
    source: src.krk2026,
  },
  'court.constitutional': {
    article: `${k}, art. 74(2)`,
    text: 'The Court finds the law constitutional; the signing period resumes.',
    firmness: 'P',
    source: src.krk2026,
  },
  'court.unconstitutional': {
    article: `${k}, art. 75(1)`,
    text: 'A law found unconstitutional may not be signed.',
    firmness: 'P',
    source: src.krk2026,
  },
  'objections.deadline': {
    article: `${k}, art. 56(2)`,
    text: 'The Kurultai discusses the law again within one month of the objections; missing the deadline means the objections are accepted.',
    firmness: 'P',
    source: src.krk2026,
  },
  'objections.override.law': {
    article: `${k}, art. 56(2)`,
    text: 'The Kurultai overrides the objections to a law by two-thirds of its total number (97 of 145).',
    firmness: 'P',
    source: src.krk2026,
  },
  'objections.override.constitutionalLaw': {
    article: `${k}, art. 56(2)`,
    text: 'The Kurultai overrides the objections to a constitutional law by three-quarters of its total number (109 of 145).',
    firmness: 'P',
    source: src.krk2026,
  },
  'objections.sustained': {
    article: `${k}, art. 56(2)`,
    text: "Not overridden: the law is deemed not adopted (or adopted in the President's wording).",
    firmness: 'P',
    source: src.krk2026,
  },
  'objections.presidentWording': {
    article: `${k}, art. 56(2)`,
    text: "The Kurultai adopts the law in the President's wording (majority of the total assumed); it goes to the President again.",
    firmness: 'U',
    source: src.krk2026,
  },
  'president.mustSign': {
    article: `${k}, art. 56(2)`,
    text: 'After the override the President signs the law within one month.',
    firmness: 'P',
    source: src.krk2026,
  },
  'president.signAfterOverride': {
    article: `${k}, art. 56(2)`,
    text: 'The President signs the law whose objections were overridden.',
    firmness: 'P',
    source: src.krk2026,
  },
  'president.mustSignOverdue': {
    article: `${k}, art. 56(2)`,
    text: 'The month for signature after the override ran out; no consequence is stated.',
    firmness: 'U',
    source: src.krk2026,
  },
  'law.publication': {
    article: `${k}, art. 46(3)`,
    text: 'The President promulgates the signed law.',
    firmness: 'P',
    source: src.krk2026,
  },
  'law.entryIntoForce': {
    article: `${k}, art. 61(2)`,
    text: 'The law enters into force after the President signs it, as it provides.',
    firmness: 'P',
    source: src.krk2026,
  },
  'bill.withdrawn': {
    article: unread,
    text: 'The initiator withdraws the bill before the Kurultai adopts it.',
    firmness: 'U',
    source: src.krk2026,
  },
  'bill.lapsed': {
    article: `${k}, arts. 58(3), 94–96; carry-over rules not found`,
    text: 'The bill lapses (e.g. at the end of a convocation); no carry-over rule was found and the transitional articles are silent on pending bills.',
    firmness: 'U',
    source: src.krk2026,
  },
};
