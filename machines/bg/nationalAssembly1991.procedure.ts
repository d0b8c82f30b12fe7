import type { Procedure } from '../../src/domain/procedure.js';
import { bgNationalAssembly1991Machine } from './nationalAssembly1991.js';
import { bgNationalAssembly1991Citations } from './nationalAssembly1991.citations.js';

export const bgNationalAssembly1991: Procedure = {
  id: 'bg-1991',
  jurisdiction: 'BG',
  title: 'Bulgaria: unicameral National Assembly',
  constitution: 'Constitution of the Republic of Bulgaria of 12 July 1991',
  validFrom: '1991-07-13',
  chambers: [{ id: 'nationalAssembly', name: 'National Assembly', seats: 240, basis: 'art. 63' }],
  billKinds: ['law'],
  provisional: true,
  assumptions: [
    'Art. 150 as amended in 2006, 2015 and 2023 was not read; the procedural articles used (81, 88, 98(4), 101, 102(3), 149, 150(1), 151) are taken from the 1991 text, confirmed where later sources quote them.',
    'Those present are those voting for, against or abstaining; the practice of counting those registered at the last quorum check is not modelled.',
    'The two votes of art. 88(1) must be at separate sittings unless the Assembly decides to hold both in one; the decision is not a recorded event (the vocabulary has no motion for it), so a second vote on the same day as the first is accepted without checking it.',
    'A record without the first vote is accepted: the adoption (second vote) is shown with the first vote not recorded.',
    'A bill that fails its first or second vote is not adopted (that it is dropped is the practice of the Rules, not read).',
    'Constitutional amendments (arts. 153–156) and the budget bill reserved to the Council of Ministers (art. 87(2)) are not modelled; committee stages (Rules) are not modelled.',
    'The 15 days of art. 88(3) run from adoption (the second vote). When they run out with the law neither promulgated nor returned, the right to return lapses and promulgation is overdue but still valid: the Constitution names no deemed promulgation and no substitute signatory for an ordinary law (art. 156 covers only constitutional amendments).',
    'A re-adoption with fewer than 121 of 240 ends a law returned as a whole as not adopted (veto sustained): the Constitution does not state the consequence. A re-vote ("прегласуване", Rules of the National Assembly) after a re-adoption that passed is accepted and the last ballot decides (2022, 2025 practice); it is not checked to be on the same day. A re-vote after a failed re-adoption is not modelled: the first failed vote decides.',
    'A partial return the Assembly accepts is recorded as a vote on adoptInPresidentWording by a majority of those present: the returned provisions drop out and the rest of the law goes to promulgation within the 7 days of art. 101(3) (the practice of 2020; the vocabulary has no event for provisions that simply fall, and the outcome reason is adopted-in-president-wording).',
    'Amending a returned law instead of re-adopting it (practice before Constitutional Court Decision 4/2023, inadmissible after it) is not modelled.',
    "The 7 days of art. 101(3) run from the President's receipt of the re-adopted law; where it is not recorded they are counted from the vote. Their expiry has no stated consequence: promulgation is marked overdue.",
    'Constitutional review is after promulgation only: a referral leaves the law in force; a ruling of unconstitutionality ends it as failed/unconstitutional on the day of the decision. A partial ruling (art. 151(3)), the publication of the ruling within 15 days and its effect three days after publication (art. 151(2)) are not modelled: the vocabulary has no event for them. Who may refer (48 members, the President, …) is not checked.',
    'Entry into force three days after publication (art. 5(5)) is not derived; a recorded EnteredIntoForce is accepted.',
    'Withdrawal and lapse are possible until adoption; lapse at the end of a legislature was not researched.',
  ],
  citations: bgNationalAssembly1991Citations,
  machine: bgNationalAssembly1991Machine,
};
