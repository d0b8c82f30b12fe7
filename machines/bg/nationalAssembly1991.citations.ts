import type { Citation } from '../../src/domain/procedure.js';

const c = 'Constitution of Bulgaria (1991)';
const rules = 'Rules of the National Assembly (not read)';

/** Where each rule comes from (research: drafts/bg/research.md §0, §A). */
const src = {
  ccp1991: 'https://github.com/correia-marcos/constitutions/blob/main/Data/all/Bulgaria_1991.txt',
  art101: 'https://pravatami.bg/konstitucia/chl-101',
  cc4of2023: 'https://www.constcourt.bg/en/act-9500',
  cc8of2010: 'https://constcourt.bg/en/act-468',
  ccDigest: 'https://www.constcourt.bg/en/search',
  committees: 'http://npo.bg/contents/66/',
  revote:
    'https://www.dnes.bg/a/1-bulgaria/691877-ns-othvarli-vetoto-na-radev-varhu-promenite-v-zakona-za-darzhavnata-sobstvenost',
  partialReturn2020:
    'https://bnr.bg./horizont/post/101245197/deputatite-obsajdat-vetoto-na-prezidenta-varhu-tekstove-ot-zakona-za-izvanrednoto-polojenie',
  noSecondReturn:
    'https://econ.bg/%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/%D0%9F%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82%D1%8A%D1%82-%D0%BF%D0%BE%D0%B4%D0%BF%D0%B8%D1%81%D0%B0-%D1%83%D0%BA%D0%B0%D0%B7%D0%B0-%D0%B7%D0%B0-%D0%BE%D0%B1%D0%BD%D0%B0%D1%80%D0%BE%D0%B4%D0%B2%D0%B0%D0%BD%D0%B5-%D0%BD%D0%B0-%D0%97%D0%B0%D0%BA%D0%BE%D0%BD%D0%B0-%D0%B7%D0%B0-%D0%B8%D0%B7%D0%B1%D0%B8%D1%80%D0%B0%D0%BD%D0%B5-%D0%BD%D0%B0-%D0%B4%D0%B5%D0%BF%D1%83%D1%82%D0%B0%D1%82%D0%B8_l.a_i.162932_at.1.html',
} as const;

const cite = (article: string, text: string, firmness: Citation['firmness'], source: string) =>
  ({ article, text, firmness, source }) satisfies Citation;

/** Rule id → article, for the National Assembly procedure of 1991. */
export const bgNationalAssembly1991Citations: Readonly<Record<string, Citation>> = {
  'introduction.law': cite(
    `${c}, art. 87(1)`,
    'Every member of the National Assembly and the Council of Ministers may introduce a bill; the budget bill only the Council of Ministers (art. 87(2)).',
    'P',
    src.ccp1991,
  ),
  'chamber.postponed': cite(
    rules,
    'The Assembly puts off its consideration of the bill; nothing changes.',
    'U',
    src.committees,
  ),
  'chamber.amendments': cite(
    `${rules}; CC Decision 8/2010`,
    'Between the two votes members table written amendments to the lead committee; the bill stays before the Assembly.',
    'S',
    src.cc8of2010,
  ),
  'na.firstVote': cite(
    `${c}, arts. 81(1)–(2), 88(1)`,
    'The first vote, on the bill as a whole and in principle, passes by a majority of those present, with more than half of the 240 members present.',
    'P',
    src.ccp1991,
  ),
  'na.firstVoteFailed': cite(
    `${c}, art. 81(2); ${rules}`,
    'Without a majority of those present at the first vote the bill is not adopted (that it is dropped is the practice of the Rules).',
    'U',
    src.ccp1991,
  ),
  'na.secondVote': cite(
    `${c}, arts. 81(2), 88(1); CC Decision 8/2010`,
    'The second vote, text by text, at a separate sitting unless the Assembly decides to hold both in one, adopts the law by a majority of those present.',
    'P',
    src.ccp1991,
  ),
  'na.secondVoteFailed': cite(
    `${c}, art. 81(2)`,
    'Without a majority of those present at the second vote the law is not adopted.',
    'P',
    src.ccp1991,
  ),
  'bill.withdrawn': cite(
    rules,
    'The initiator withdraws the bill before its adoption.',
    'U',
    src.committees,
  ),
  'bill.lapsed': cite(
    rules,
    'The bill lapses (at the end of the legislature; not researched).',
    'U',
    src.committees,
  ),
  'president.publication': cite(
    `${c}, arts. 88(3), 101(1)`,
    'An adopted law is published in the State Gazette within 15 days of its adoption; within that term the President may return it once.',
    'P',
    src.cc4of2023,
  ),
  'president.promulgate': cite(
    `${c}, arts. 98(4), 102(3)(7)`,
    'The President promulgates the law by a decree (ukaz) that needs no countersignature.',
    'P',
    src.ccp1991,
  ),
  'president.return': cite(
    `${c}, arts. 101(1), 102(3)(4)`,
    'Within the 15 days the President may return the law with motives for a new debate, which the Assembly cannot refuse; a return may cover only some provisions (practice).',
    'P',
    src.art101,
  ),
  'president.transmitted': cite(
    `${c}, art. 88(3)`,
    'The 15 days run from adoption: sending the law to the President changes nothing.',
    'P',
    src.cc4of2023,
  ),
  'president.refused': cite(
    `${c}, arts. 98(4), 101`,
    'Declining both to promulgate and to return the law is not an act the Constitution provides: a breach; the law stays with the President.',
    'U',
    src.ccp1991,
  ),
  'president.periodElapsed': cite(
    `${c}, arts. 88(3), 101(1)`,
    'The 15 days ran out with the law neither promulgated nor returned: the right to return lapses and promulgation is overdue. The Constitution names no deemed promulgation and no substitute signatory (art. 156 covers only constitutional amendments).',
    'U',
    src.art101,
  ),
  'president.promulgateLate': cite(
    `${c}, arts. 88(3), 98(4)`,
    'The President promulgates the law after the 15 days: overdue, still valid.',
    'U',
    src.ccp1991,
  ),
  'president.returnLate': cite(
    `${c}, art. 101(1)`,
    'A return after the 15 days is outside the term art. 101(1) allows: a breach.',
    'U',
    src.art101,
  ),
  'returned.readopt': cite(
    `${c}, art. 101(2)`,
    'The Assembly adopts the returned law again by more than half of all members (121 of 240).',
    'P',
    src.art101,
  ),
  'returned.notReadopted': cite(
    `${c}, art. 101(2)`,
    'Re-adoption without 121 of 240 fails; the law (returned as a whole) is taken as not adopted: the Constitution does not state the consequence.',
    'U',
    src.art101,
  ),
  'returned.revote': cite(
    `${c}, art. 101(2); ${rules}`,
    'A re-vote on the re-adoption, held on request right after it, passes again with 121 of 240: the law stays re-adopted and the 7 days run on.',
    'S',
    src.revote,
  ),
  'returned.revoteFailed': cite(
    `${c}, art. 101(2); ${rules}`,
    'A re-vote on the re-adoption that falls short of 121 of 240 decides as the last ballot: the law is taken as not re-adopted (contested in 2006).',
    'U',
    src.revote,
  ),
  'returned.provisionsDropped': cite(
    `${c}, art. 101; practice of the National Assembly (2020)`,
    'After a return of some provisions the Assembly sides with the President by a majority of those present: the returned provisions drop out and the rest of the law goes to promulgation.',
    'U',
    src.partialReturn2020,
  ),
  'returned.provisionsKept': cite(
    `${c}, art. 101; practice of the National Assembly (2020)`,
    'A motion to accept the return that does not pass changes nothing: the law stays before the Assembly.',
    'U',
    src.partialReturn2020,
  ),
  'president.afterReturn': cite(
    `${c}, art. 101(3)`,
    'A law adopted again is promulgated by the President within 7 days of receiving it.',
    'P',
    src.art101,
  ),
  'president.afterReturnReceived': cite(
    `${c}, art. 101(3)`,
    "The 7 days are counted from the President's recorded receipt of the law.",
    'P',
    src.art101,
  ),
  'president.afterReturnOverdue': cite(
    `${c}, art. 101(3)`,
    'The 7 days ran out unpromulgated: overdue; the Constitution states no consequence.',
    'U',
    src.art101,
  ),
  'president.secondReturn': cite(
    `${c}, art. 101(3)`,
    'The President cannot return a law a second time: a breach; the duty to promulgate stands.',
    'S',
    src.noSecondReturn,
  ),
  'president.promulgateReadopted': cite(
    `${c}, art. 101(3)`,
    'The President promulgates the re-adopted law.',
    'P',
    src.art101,
  ),
  'president.promulgateRemainder': cite(
    `${c}, arts. 98(4), 101; practice (2020)`,
    'The President promulgates the law without the provisions that were not adopted again.',
    'S',
    src.partialReturn2020,
  ),
  'court.referral': cite(
    `${c}, arts. 149(1)(2), 150(1)`,
    'One fifth of the members (48), the President, the Council of Ministers, the two supreme courts or the Prosecutor General ask the Constitutional Court to rule on a promulgated law; it stays in force meanwhile.',
    'P',
    src.ccp1991,
  ),
  'court.constitutional': cite(
    `${c}, art. 151(1)`,
    'The Court, by more than half of its 12 judges, rejects the request: the law stays in force.',
    'P',
    src.ccp1991,
  ),
  'court.unconstitutional': cite(
    `${c}, art. 151(1)–(3)`,
    'The Court rules the law unconstitutional; the ruling is published within 15 days and the law ceases to apply 3 days later (parts not ruled on stay in force).',
    'P',
    src.ccp1991,
  ),
  'law.publication': cite(
    `${c}, arts. 5(5), 88(3)`,
    'The law is published in the State Gazette (Darzhaven vestnik).',
    'P',
    src.ccp1991,
  ),
  'law.entryIntoForce': cite(
    `${c}, art. 5(5)`,
    'A law enters into force three days after its publication unless it sets another date.',
    'P',
    src.ccp1991,
  ),
};
