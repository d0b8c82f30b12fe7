import type { Citation } from '../../src/domain/procedure.js';
import { kgSources as src } from './sources.js';

const c21 = 'Constitution of Kyrgyzstan (2021)';
const c10 = 'Constitution of Kyrgyzstan (2010)';
const rules = 'Law on the Rules of Procedure of the Jogorku Kenesh (text not read)';

const cite = (article: string, text: string, firmness: Citation['firmness'], source: string) =>
  ({ article, text, firmness, source }) satisfies Citation;

/**
 * Rule id → article, for the Jogorku Kenesh procedure. The 2021 wording was not read
 * (research §0): rules carried over from the 2010 text are [U].
 */
export const kgJogorkuKenesh2021Citations: Readonly<Record<string, Citation>> = {
  'introduction.law': cite(
    `${c21} (article not read); ${c10}, art. 79`,
    'Voters (10,000), the President, deputies, the Chairman of the Cabinet of Ministers, the People’s Kurultai, the Supreme Court and the Prosecutor General introduce bills in the Jogorku Kenesh.',
    'S',
    src.initiative,
  ),
  'introduction.constitutionalLaw': cite(
    `${c21} (article not read); ${c10}, art. 80(5)`,
    'A constitutional law is introduced like a law and adopted by two-thirds of the total number of deputies.',
    'U',
    src.constitution2010,
  ),
  'chamber.postponed': cite(
    rules,
    'The Jogorku Kenesh takes a bill off its agenda; nothing changes.',
    'U',
    src.rulesOfProcedure,
  ),
  'bill.withdrawn': cite(
    rules,
    'The initiator withdraws the bill before its adoption.',
    'U',
    src.rulesOfProcedure,
  ),
  'bill.lapsed': cite(
    rules,
    'A bill not adopted lapses (no carry-over rule found).',
    'U',
    src.rulesOfProcedure,
  ),
  'jk.reading': cite(
    `${c21} (three readings, [S]); ${c10}, art. 80(4)`,
    'A reading before the final one; the Constitution provides three readings. Each assumed to need a majority of the total (two-thirds for a constitutional law).',
    'U',
    src.threeReadings,
  ),
  'jk.readingFailed': cite(
    `${c10}, art. 80(4)`,
    'A reading without the required majority: assumed to end the bill as not adopted.',
    'U',
    src.constitution2010,
  ),
  'jk.adopt': cite(
    `${c21} (article not read); ${c10}, art. 80(4)–(5)`,
    'A law is adopted by a majority of the total number of deputies (46 of 90; 61 of 120 in 2021), a constitutional law by two-thirds (60 of 90).',
    'S',
    src.majority61,
  ),
  'jk.notAdopted': cite(
    `${c21} (article not read); ${c10}, art. 80(4)`,
    'Without a majority of the total number of deputies the law is not adopted.',
    'S',
    src.majority61,
  ),
  'president.receipt': cite(
    `${c10}, art. 81(1)`,
    'The adopted law is sent to the President for signature (within 14 days in 2010; not enforced for 2021).',
    'U',
    src.constitution2010,
  ),
  'president.signature': cite(
    `${c21} (article not read); ${c10}, art. 81(2)`,
    'The President signs a law, or returns it with objections, within one month of receipt.',
    'S',
    src.signingMonth,
  ),
  'president.signatureOverdue': cite(
    `${c10}, art. 81(2)`,
    'The month ran out with the law neither signed nor returned: no consequence found; noted as overdue.',
    'U',
    src.constitution2010,
  ),
  'president.sign': cite(
    `${c21} (article not read); ${c10}, art. 81(2)`,
    'The President signs the law.',
    'S',
    src.signingMonth2,
  ),
  'president.return': cite(
    `${c21} (article not read); ${c10}, art. 81(2)`,
    'The President returns the law to the Jogorku Kenesh with his objections.',
    'S',
    src.returnWithObjections,
  ),
  'objections.override': cite(
    `${c10}, art. 81(3)`,
    'The Jogorku Kenesh approves the law in its previous wording by two-thirds of the total number of deputies (60 of 90; 80 of 120).',
    'U',
    src.constitution2010,
  ),
  'objections.sustained': cite(
    `${c10}, art. 81(3)`,
    'Without two-thirds of the total the law in its previous wording is not approved: assumed to end the bill.',
    'U',
    src.vetoPractice2010,
  ),
  'objections.conciliationGroup': cite(
    `${rules}; 2011 Rules, ch. 9`,
    'A conciliation group of deputies, with the President’s representatives, works out an agreed version of the returned law.',
    'S',
    src.conciliationGroup,
  ),
  'conciliation.agreed': cite(
    `${rules}; 2011 Rules, ch. 9`,
    'The conciliation group agrees a version, which goes to the plenary.',
    'S',
    src.conciliationGroup,
  ),
  'conciliation.disagreed': cite(
    `${rules}; 2011 Rules, ch. 9`,
    'No agreed version: the objections are back before the plenary (assumed).',
    'U',
    src.rules2011,
  ),
  'conciliation.adopt': cite(
    `${rules}; ${c10}, art. 80(4)`,
    'The plenary adopts the agreed version by a majority of the total (61 of 120 in 2021); it goes to the President again for a new month.',
    'S',
    src.majority61,
  ),
  'conciliation.rejected': cite(
    rules,
    'The agreed version falls short of a majority of the total; under the Rules it may not be taken up again for six months.',
    'S',
    src.rejectionBar,
  ),
  'rules.rejectionBar': cite(
    rules,
    'A rejected text may be taken up again only after six months; the re-vote of 28 Jul 2021 was reported as a gross breach.',
    'S',
    src.rejectionBar,
  ),
  'rules.revoteFailed': cite(
    rules,
    'A re-vote within the six months that fails again changes nothing: the text stays barred until the six months end.',
    'U',
    src.rejectionBar,
  ),
  'rules.rejectionBarEnded': cite(
    rules,
    'Six months after the rejection the agreed version may be put to the plenary again.',
    'U',
    src.rejectionBar,
  ),
  'president.mustSign': cite(
    `${c10}, art. 81(3)`,
    'After the override the President signs within 14 days of receipt; otherwise the Toraga signs.',
    'U',
    src.constitution2010,
  ),
  'president.mustSignReceipt': cite(
    `${c10}, art. 81(3)`,
    'The overridden law reaches the President: the 14 days run from receipt.',
    'U',
    src.constitution2010,
  ),
  'president.signAfterOverride': cite(
    `${c10}, art. 81(3)`,
    'The President signs the law approved again by two-thirds.',
    'U',
    src.constitution2010,
  ),
  'toraga.signature': cite(
    `${c10}, art. 81(3)`,
    'The Toraga of the Jogorku Kenesh signs the law within 10 days.',
    'U',
    src.constitution2010,
  ),
  'toraga.signInStead': cite(
    `${c10}, art. 81(3)`,
    'The law not signed by the President within 14 days is signed by the Toraga and published.',
    'U',
    src.constitution2010,
  ),
  'toraga.signatureOverdue': cite(
    `${c10}, art. 81(3)`,
    'The Toraga’s 10 days ran out: no consequence stated; noted as overdue.',
    'U',
    src.constitution2010,
  ),
  'court.complaint': cite(
    `${c10}, art. 97(7); ${c21} (Constitutional Court, powers not read)`,
    'Everyone may challenge the constitutionality of a law before the Constitutional Court.',
    'U',
    src.constitution2010,
  ),
  'court.unconstitutional': cite(
    `${c10}, art. 97(9)`,
    'A law found unconstitutional is repealed.',
    'U',
    src.constitution2010,
  ),
  'court.constitutional': cite(
    `${c10}, art. 97(7)`,
    'The Court finds the law constitutional; it stays in force.',
    'U',
    src.constitution2010,
  ),
  'law.publication': cite(
    `${c10}, art. 82`,
    'The signed law is officially published.',
    'U',
    src.constitution2010,
  ),
  'law.entryIntoForce': cite(
    `${c10}, art. 82`,
    'A law enters into force ten days after official publication unless it provides otherwise.',
    'S',
    src.entryIntoForce,
  ),
};
