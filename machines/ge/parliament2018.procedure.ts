import type { Procedure } from '../../src/domain/procedure.js';
import { geParliament2018Machine } from './parliament2018.js';
import { geParliament2018Citations } from './parliament2018.citations.js';

export const geParliament2018: Procedure = {
  id: 'ge-2018',
  jurisdiction: 'GE',
  title: 'Georgia: unicameral Parliament',
  constitution: 'Constitution of Georgia of 1995 as revised in 2017 (in force 16 Dec 2018)',
  validFrom: '2018-12-16',
  chambers: [{ id: 'parliament', name: 'Parliament of Georgia', seats: 150, basis: 'art. 37' }],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: [
    'No article of the 2018 text (arts. 45, 46, 60, 77) was read in the official wording: every rule rests on secondary sources, one Georgian quotation of art. 46(2), and the tallies of real votes (research §0).',
    'Thresholds count the full composition of 150, not the seats filled (in 2020, 113 was still required with 149 members).',
    'An ordinary law (each reading and the adoption) passes by a majority of those present, with more than half of the members present (`majorityOfPresent`). The probable rule is a majority of those present but not fewer than one-third of the full composition (50), with no quorum; legisim has no such threshold, so a vote of 39–49 for with 76 or more present, or of 50 or more with fewer than 76 present, is counted differently. Every real tally recorded is 76 or more, or fewer than 39.',
    'Organic laws (a majority of the full composition, 76) have no bill kind of their own: they are modelled as ordinary laws, whose votes with 76 or more for pass under both rules.',
    'A constitutional law (amendment to the Constitution) needs three-quarters of the full composition (113) at each reading. The alternative route (two-thirds at two sessions three months apart) and the month of nationwide public discussion before the first reading are not modelled (no event for either).',
    'Readings are optional detail, as for the other procedures: three are held under the Rules of Procedure, but an adoption with fewer recorded readings is accepted. A failed reading ends the bill as not adopted.',
    'The President has two weeks from receipt to sign or return a law with motivated remarks; Parliament has ten days to send it. A return without motivated remarks (recorded as `PresidentRefused`, for want of an event of its own) is no veto: it ends her period and the Chairperson of Parliament signs within five days.',
    'Parliament first votes on the remarks (`adoptInPresidentWording`) by the majority needed to adopt the law; accepted, the law goes back to the President within five days and she signs within five (research C4b, from memory); not accepted, Parliament votes on the original text (`overrideVeto`), which needs a majority of the full composition (76). A failed re-adoption ends the bill (veto sustained).',
    'Parliament has no time limit for the remarks (no clock); whether a returned law lapses at the end of the term was not found.',
    'After an override the law goes to the President within three days and she signs within five; otherwise the Chairperson signs within five days. A second return is not provided.',
    'A constitutional law goes to the President within ten days and she signs within five; she cannot return it (a return is a breach). Neither term was confirmed for the 2018 text.',
    'The Chairperson of Parliament signing late is noted as overdue; no consequence was found.',
    'There is no referral to the Constitutional Court before signature. A constitutional claim against the law in force is recorded with `ConstitutionalReviewRequested` and the judgment with `ConstitutionalReviewDecided` (after enactment): a finding of unconstitutionality ends the law (failed, unconstitutional); the partial annulment of some provisions, admission and suspension rulings, and a withdrawn claim cannot be recorded.',
    'Withdrawal and lapse are possible until adoption (rules not found).',
  ],
  citations: geParliament2018Citations,
  machine: geParliament2018Machine,
};
