import type { Citation } from '../../src/domain/procedure.js';
import { geSources as src } from './sources.js';

const c = 'Constitution of Georgia (as revised 2017, in force 16 Dec 2018)';
const rules = 'Rules of Procedure of the Parliament of Georgia (not read)';

const cite = (article: string, text: string, firmness: Citation['firmness'], source: string) =>
  ({ article, text, firmness, source }) satisfies Citation;

/** The rules one signing period applies (./signingStages.ts), cited for one `prefix`. */
const signing = (
  prefix: string,
  article: string,
  what: string,
  transmitDays: number,
  signDays: number,
  firmness: Citation['firmness'],
  source: string,
): Record<string, Citation> => ({
  [`${prefix}.transmission`]: cite(
    article,
    `${what}: Parliament sends the law to the President within ${transmitDays} days; unrecorded, receipt is assumed on the last day. A late transmission has no stated consequence.`,
    firmness,
    source,
  ),
  [`${prefix}.signature`]: cite(
    article,
    `${what}: the President signs and promulgates the law within ${signDays} days of receipt.`,
    firmness,
    source,
  ),
  [`${prefix}.presentedLate`]: cite(
    article,
    `${what}: the law reached the President after the ${transmitDays} days; her ${signDays} days are counted from actual receipt (no rule on late transmission was found).`,
    'U',
    source,
  ),
  [`${prefix}.sign`]: cite(article, `${what}: the President signs the law.`, firmness, source),
  [`${prefix}.returnedWithoutRemarks`]: cite(
    article,
    `${what}: the President returns the law unsigned without motivated remarks; this is no veto, and the Chairperson of Parliament signs it (as in October 2024).`,
    'S',
    src.returnWithoutRemarks,
  ),
  [`${prefix}.signatureExpired`]: cite(
    article,
    `${what}: the President neither signed nor returned the law within ${signDays} days; the Chairperson of Parliament signs it within five days.`,
    firmness,
    source,
  ),
});

/** Rule id → article, for ge-2018. Firmness as in research.md (no rule was read in the official text). */
export const geParliament2018Citations: Readonly<Record<string, Citation>> = {
  'introduction.law': cite(
    `${c}, art. 45 (probable)`,
    'A bill is introduced in Parliament by the Government, a member, a faction, a committee, the supreme representative bodies of Abkhazia and Ajara or 25,000 voters (2018 list from memory; the initiator is not checked).',
    'U',
    src.initiativeList,
  ),
  'introduction.constitutionalLaw': cite(
    `${c}, art. 77 (probable)`,
    'A draft constitutional law (amendment to the Constitution) is submitted by more than half of the members or 200,000 voters and put to a nationwide discussion of at least a month before the first reading (the discussion is not modelled).',
    'U',
    src.constitutional113,
  ),
  'parliament.reading.law': cite(
    `${c}, art. 45; ${rules}`,
    'A reading of an ordinary law (the first or second of three) passes by a majority of the members present (assumed: the 1/3 floor of the full composition is not modelled).',
    'U',
    src.threeReadings,
  ),
  'parliament.reading.constitutionalLaw': cite(
    `${c}, art. 77`,
    'Each reading of a constitutional law needs at least three-quarters of the full composition, 113 of 150.',
    'S',
    src.constitutional113,
  ),
  'parliament.readingFailed': cite(
    rules,
    'A reading that fails ends the bill: failing the second reading is how Parliament dropped the 2023 bill, and the 2019 constitutional law failed at the first.',
    'S',
    src.readingFailedDrop,
  ),
  'parliament.adopt.law': cite(
    `${c}, art. 45 (probable)`,
    'Parliament adopts an ordinary law at the third reading by a majority of the members present (probably not fewer than one-third of the full composition, 50); the law goes to the President.',
    'U',
    src.ordinaryLaw76,
  ),
  'parliament.adopt.constitutionalLaw': cite(
    `${c}, art. 77`,
    'Parliament adopts a constitutional law at the third reading by at least three-quarters of the full composition (113 of 150).',
    'S',
    src.constitutional113,
  ),
  'parliament.notAdopted': cite(
    `${c}, arts. 45, 77`,
    'Without the required majority the law is not adopted.',
    'S',
    src.constitutional113,
  ),
  'parliament.postponed': cite(
    rules,
    'Parliament postpones a vote; nothing changes.',
    'S',
    src.postponed,
  ),
  'bill.withdrawn': cite(
    rules,
    'The initiator withdraws the bill before adoption.',
    'U',
    src.readingFailedDrop,
  ),
  'bill.lapsed': cite(
    rules,
    'The bill lapses before adoption (whether bills lapse at the end of a term was not found).',
    'U',
    src.readingFailedDrop,
  ),
  ...signing('president', `${c}, art. 46(1)–(2)`, 'An adopted law', 10, 14, 'S', src.art46Quote),
  'president.return': cite(
    `${c}, art. 46(2)`,
    'The President returns the law to Parliament with motivated remarks within two weeks (a suspensive veto).',
    'S',
    src.motivatedRemarks,
  ),
  'remarks.accepted': cite(
    `${c}, art. 46(3)`,
    "Parliament accepts the President's motivated remarks, by the majority needed to adopt the law (assumed); the law goes back to her.",
    'U',
    src.remarksFirst,
  ),
  'remarks.notAccepted': cite(
    `${c}, art. 46(3)–(4)`,
    'Parliament first votes on the remarks; when they are not accepted it votes on the original text.',
    'S',
    src.remarksFirst,
  ),
  'override.passed': cite(
    `${c}, art. 46(4)`,
    'Parliament re-adopts the original text by a majority of its full composition, 76 of 150.',
    'S',
    src.override76,
  ),
  'override.failed': cite(
    `${c}, art. 46(4)`,
    'With fewer than 76 for the original text, the veto stands and the law is not adopted (no case found).',
    'U',
    src.override76,
  ),
  ...signing(
    'afterRemarks',
    `${c}, art. 46(3)`,
    'After the remarks were accepted',
    5,
    5,
    'U',
    src.transmission10Days,
  ),
  'afterRemarks.returnNotProvided': cite(
    `${c}, art. 46(3)`,
    'A second return after the remarks were accepted is not provided (assumed).',
    'U',
    src.art46Quote,
  ),
  ...signing(
    'afterOverride',
    `${c}, art. 46(4)`,
    'After the override',
    3,
    5,
    'S',
    src.afterOverride,
  ),
  'afterOverride.returnNotProvided': cite(
    `${c}, art. 46(4)`,
    'After the override the President signs or the Chairperson signs in her stead; a second return is not provided.',
    'S',
    src.afterOverride,
  ),
  ...signing(
    'constitutionalLaw',
    `${c}, art. 77 (probable)`,
    'A constitutional law',
    10,
    5,
    'U',
    src.constitutionalSigned,
  ),
  'constitutionalLaw.returnNotProvided': cite(
    `${c}, art. 77 (probable)`,
    'The President is assumed not to be able to return a constitutional law under the 2018 text (the 2017 veto was under the earlier text).',
    'U',
    src.constitutionalVeto2017,
  ),
  'speaker.signature': cite(
    `${c}, art. 46(5)`,
    "The Chairperson of Parliament signs and promulgates the law within five days, counted from the President's return without remarks or the end of her period, whichever came first.",
    'S',
    src.speakerSigns,
  ),
  'speaker.sign': cite(
    `${c}, art. 46(5)`,
    "The Chairperson of Parliament signs the law in the President's stead.",
    'S',
    src.speakerSigns,
  ),
  'speaker.signatureOverdue': cite(
    `${c}, art. 46(5)`,
    'The Chairperson did not sign within five days: noted as overdue; no consequence was found.',
    'U',
    src.speakerSigns,
  ),
  'court.claim': cite(
    `${c}, art. 60 (probable)`,
    'A constitutional claim against a law in force (by the President, a fifth of the members, the Public Defender or an affected person); there is no referral before signature.',
    'S',
    src.claim,
  ),
  'court.unconstitutional': cite(
    `${c}, art. 60 (probable)`,
    'The Constitutional Court finds the law unconstitutional; it loses force on publication of the judgment.',
    'U',
    src.claimCourt,
  ),
  'court.upheld': cite(
    `${c}, art. 60 (probable)`,
    'The Constitutional Court does not uphold the claim; the law stays in force.',
    'U',
    src.claimCourt,
  ),
  'law.publication': cite(
    `${c}, art. 46; Law on Normative Acts`,
    'The law is published in the Legislative Herald (matsne.gov.ge).',
    'S',
    src.publication,
  ),
  'law.entryIntoForce': cite(
    'Law on Normative Acts',
    'Each law states when it enters into force.',
    'S',
    src.publication,
  ),
};
