import type { Citation } from '../../src/domain/procedure.js';
import { huSources as src } from './sources.js';

const fl = 'Fundamental Law of Hungary (2011)';
const hhsz = 'Resolution 10/2014 OGY on the Rules of Procedure (HHSZ; not read)';

/** Rule id → article, for the National Assembly procedure. Firmness tags as in research/procedures.md. */
export const huNationalAssembly2012Citations: Readonly<Record<string, Citation>> = {
  'introduction.law': {
    article: `${fl}, art. 6(1)`,
    text: 'The President of the Republic, the Government, any parliamentary committee and any MP may propose bills.',
    firmness: 'P',
    source: src.fl2011,
  },
  'introduction.cardinal': {
    article: `${fl}, arts. 6(1), T(4)`,
    text: 'A bill for a cardinal Act (or with cardinal provisions) is proposed like any bill; its adoption needs two-thirds of the MPs present.',
    firmness: 'P',
    source: src.fl2011,
  },
  'nationalAssembly.adopt': {
    article: `${fl}, arts. 5(5), 5(6), T(4)`,
    text: 'With more than half of the MPs present, Parliament adopts an Act by a majority of the votes of the MPs present, a cardinal Act by two-thirds of them.',
    firmness: 'P',
    source: src.fl2011,
  },
  'nationalAssembly.notAdopted': {
    article: `${fl}, arts. 5(5), 5(6), T(4)`,
    text: 'Without the required majority of the MPs present, or without a quorum, the Act is not adopted.',
    firmness: 'P',
    source: src.fl2011,
  },
  'nationalAssembly.amendments': {
    article: hhsz,
    text: 'Amendments are tabled in the detailed debate or by the Legislative Committee; nothing else changes.',
    firmness: 'S',
    source: src.hhsz,
  },
  'nationalAssembly.postponed': {
    article: hhsz,
    text: 'Parliament takes the bill off its agenda; nothing changes.',
    firmness: 'U',
    source: src.hhsz,
  },
  'bill.withdrawn': {
    article: hhsz,
    text: 'The proponent withdraws the bill before the final vote.',
    firmness: 'U',
    source: src.hhsz,
  },
  'bill.lapsed': {
    article: hhsz,
    text: 'A bill not finally adopted lapses at the end of the parliamentary term (discontinuity); assumed also for an Act awaiting a new debate.',
    firmness: 'U',
    source: src.hhsz,
  },
  'speaker.signature': {
    article: `${fl}, art. 6(3)`,
    text: 'The Speaker signs the adopted Act and sends it to the President of the Republic within five days.',
    firmness: 'P',
    source: src.fl2011,
  },
  'speaker.deadline': {
    article: `${fl}, art. 6(3)`,
    text: "The Speaker's five days ran out with the transmission unrecorded: the President is assumed to have received the Act on the last day.",
    firmness: 'U',
    source: src.fl2011,
  },
  'speaker.late': {
    article: `${fl}, art. 6(3)`,
    text: "The Speaker sent the Act after the five days (no consequence is stated); the President's five days run from actual receipt.",
    firmness: 'U',
    source: src.fl2011,
  },
  'president.signature': {
    article: `${fl}, art. 6(3)`,
    text: 'The President signs the Act received and orders its publication within five days.',
    firmness: 'P',
    source: src.fl2011,
  },
  'president.signatureOverdue': {
    article: `${fl}, art. 6(3)`,
    text: "The President's five days ran out: no tacit promulgation and no substitute signatory is provided, so the Act waits (noted as overdue).",
    firmness: 'U',
    source: src.fl2011,
  },
  'president.sign': {
    article: `${fl}, art. 6(3)`,
    text: 'The President signs the Act and orders its publication.',
    firmness: 'P',
    source: src.fl2011,
  },
  'president.return': {
    article: `${fl}, art. 6(5)`,
    text: 'If the President disagrees with the Act and has not referred it to the Court, he may return it once, with comments, before signature.',
    firmness: 'P',
    source: src.keh,
  },
  'return.once': {
    article: `${fl}, art. 6(5)`,
    text: 'The President may return the Act only once: a second return is a breach, and the Act stays before the President.',
    firmness: 'P',
    source: src.keh,
  },
  'president.referral': {
    article: `${fl}, art. 6(4)`,
    text: 'If the President finds the Act contrary to the Fundamental Law and no review under art. 6(2) was held, he sends it to the Constitutional Court.',
    firmness: 'P',
    source: src.keh,
  },
  'parliament.referral': {
    article: `${fl}, arts. 6(2), 6(3)`,
    text: "On a motion made before the final vote, Parliament decides after it to send the Act to the Constitutional Court; the Speaker signs only after the Court's review. Read as a referral recorded before the Speaker sent the Act.",
    firmness: 'P',
    source: src.fl2011,
  },
  'president.signAfterRuling': {
    article: `${fl}, art. 6(7)`,
    text: 'If the Court finds no violation on the President’s referral, the President shall immediately sign the Act and order its publication.',
    firmness: 'P',
    source: src.keh,
  },
  'president.noReturnAfterReferral': {
    article: `${fl}, arts. 6(5), 6(7)`,
    text: 'Having referred the Act to the Court, the President may no longer return it: a return is a breach.',
    firmness: 'P',
    source: src.keh,
  },
  'president.signAfterReturn': {
    article: `${fl}, arts. 6(3), 6(5)`,
    text: 'The President signs the re-adopted Act within five days of receipt; no second return is possible.',
    firmness: 'P',
    source: src.ogyExplainer,
  },
  'president.referralAfterReturn': {
    article: `${fl}, art. 6(9)`,
    text: 'The re-adopted Act may be referred to the Court only for its amended provisions or on procedural grounds.',
    firmness: 'P',
    source: src.fl2011,
  },
  'court.deadline': {
    article: `${fl}, art. 6(6)`,
    text: 'The Constitutional Court decides as soon as possible but within thirty days of receipt.',
    firmness: 'P',
    source: src.keh,
  },
  'court.deadlineOverdue': {
    article: `${fl}, art. 6(6)`,
    text: 'The thirty days ran out: no consequence is stated (noted as overdue).',
    firmness: 'U',
    source: src.keh,
  },
  'court.repeatReferral': {
    article: `${fl}, art. 6(8)`,
    text: 'The Act adopted again after the new debate may be referred to the Court again, under art. 6(2) or 6(4).',
    firmness: 'P',
    source: src.fl2011,
  },
  'court.repeatDeadline': {
    article: `${fl}, art. 6(8)`,
    text: 'The Court decides a repeated referral as soon as possible but within ten days of receipt.',
    firmness: 'P',
    source: src.fl2011,
  },
  'court.repeatDeadlineOverdue': {
    article: `${fl}, art. 6(8)`,
    text: 'The ten days ran out: no consequence is stated (noted as overdue).',
    firmness: 'U',
    source: src.fl2011,
  },
  'court.noViolation': {
    article: `${fl}, arts. 6(3), 6(5), 6(7)`,
    text: "No violation: on the President's referral he must sign immediately; on Parliament's, the Speaker signs and sends the Act, and the President may still return it but not refer it.",
    firmness: 'P',
    source: src.keh,
  },
  'court.violation': {
    article: `${fl}, art. 6(6)`,
    text: 'If the Court finds a violation, Parliament holds a new debate on the Act to eliminate it: the bill does not end.',
    firmness: 'P',
    source: src.keh,
  },
  'reconsideration.readopt': {
    article: `${fl}, art. 6(5)`,
    text: "Parliament holds a new debate on the returned Act and decides on its adoption again, by the Act's own majority (no override majority).",
    firmness: 'P',
    source: src.ogyExplainer,
  },
  'reconsideration.notReadopted': {
    article: `${fl}, art. 6(5)`,
    text: 'Without the majority the Act needs, the returned Act is not adopted again and falls.',
    firmness: 'U',
    source: src.ogyExplainer,
  },
  'newDebate.readopt': {
    article: `${fl}, arts. 6(6), 6(8)`,
    text: 'After the new debate Parliament adopts the Act again, by its own majority; the Speaker signs and sends it.',
    firmness: 'P',
    source: src.keh,
  },
  'newDebate.notReadopted': {
    article: `${fl}, art. 6(6)`,
    text: 'The Act found unconstitutional is not adopted again: it falls as found unconstitutional.',
    firmness: 'U',
    source: src.keh,
  },
  'court.posteriorReview': {
    article: `${fl}, art. 24(2)(e)`,
    text: 'The Court reviews a promulgated Act at the initiative of the Government, a quarter of the MPs, the President of the Curia, the Prosecutor General or the Commissioner for Fundamental Rights; nothing changes meanwhile.',
    firmness: 'U',
    source: src.flText,
  },
  'court.annulment': {
    article: `${fl}, art. 24(3)(a)`,
    text: 'The Court annuls an Act it finds contrary to the Fundamental Law.',
    firmness: 'U',
    source: src.flText,
  },
  'court.posteriorUpheld': {
    article: `${fl}, art. 24(2)(e)`,
    text: 'The Court finds the promulgated Act consistent with the Fundamental Law; it stays in force.',
    firmness: 'U',
    source: src.flText,
  },
  'law.publication': {
    article: `${fl}, art. 6(3)`,
    text: 'The President orders the publication of the signed Act (Magyar Közlöny).',
    firmness: 'P',
    source: src.fl2011,
  },
  'law.entryIntoForce': {
    article: 'the Act itself',
    text: 'The Act enters into force on the day it names.',
    firmness: 'S',
    source: src.fl2011,
  },
};
