import type { Procedure } from '../../src/domain/procedure.js';
import { kgJogorkuKenesh2021Machine } from './jogorkuKenesh2021.js';
import { kgJogorkuKenesh2021Citations } from './jogorkuKenesh2021.citations.js';

export const kgJogorkuKenesh2021: Procedure = {
  id: 'kg-2021',
  jurisdiction: 'KG',
  title: 'Kyrgyzstan: unicameral Jogorku Kenesh',
  constitution: 'Constitution of the Kyrgyz Republic adopted by the referendum of 11 April 2021',
  validFrom: '2021-05-05',
  chambers: [
    {
      id: 'jogorkuKenesh',
      name: 'Jogorku Kenesh',
      seats: 120,
      basis:
        'the 6th convocation, elected in 2015 with 120 seats under the 2010 Constitution (art. 70), sat on after the 2021 Constitution took effect; its votes counted 120 (61 needed on 30 Jun 2021) [S] (https://qazaqtimes.com/kk/article/87520)',
      sizes: [
        {
          from: '2021-12-29',
          seats: 90,
          basis:
            'Constitution of 2021 (article not read): 90 deputies [S] (https://constitutionnet.org/news/kyrgyzstan-voters-approve-new-constitution-establishing-presidential-system); the 7th convocation took the oath on 29 Dec 2021 [S] (https://kloop.kg/blog/2021/12/29/deputaty-novogo-sedmogo-sozyva-parlamenta-29-dekabrya-dadut-prisyagu/)',
        },
      ],
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: [
    'The lawmaking articles of the 2021 Constitution were not read; rules without a 2021-era secondary source are carried over from the 2010 text (arts. 79–82, 97) and tagged [U].',
    'Laws, each reading and agreed versions pass by a majority of the total number of deputies (46 of 90); constitutional laws by two-thirds (60 of 90). Seats: 120 until the 7th convocation took the oath on 29 Dec 2021, 90 after; thresholds count these, not members in office (in Dec 2025 the 8th convocation sat with 87 of 90, [U] which it counts).',
    'The Constitution provides three readings; the machine neither requires nor counts them, so a record with only the final adoption replays. A failed reading ends the bill as not adopted.',
    'The transfer of an adopted law to the President (14 days in 2010) is not enforced: real transfers took 20 and 26 days. The signing month runs from a recorded receipt (Transmitted); without one no clock runs.',
    'A month that runs out with the law neither signed nor returned has no stated consequence: it is noted as overdue.',
    'Overriding the objections needs two-thirds of the total for every kind of law (2010 art. 81(3)); a failed override ends the bill with the objections sustained. Taking up the objections has no time limit.',
    'After an override the President signs within 14 days of receipt (counted from the override when receipt is not recorded); then the Toraga signs within 10 days (2010 art. 81(3)); a late Toraga signature is noted as overdue.',
    'A conciliation group (Rules of Procedure, not the Constitution) may draft an agreed version, adopted by the majority required for the law; it then goes to the President for a new month. Its outcome reason is adopted-in-new-wording (no agreed-wording reason exists).',
    'An agreed version that falls short does not end the returned law: the Rules bar taking it up again for six months, after which it may be put again; a re-vote within the six months is a breach (as on 28 Jul 2021).',
    'No review of an unsigned law: the Constitutional Court reviews a law only after enactment (2010 art. 97(7), (9)), and a law it finds unconstitutional ends as failed/unconstitutional.',
    'Budget and tax laws that the President must sign (2010 art. 81(2)) are not distinguished; no consequence is modelled for the convocation ending while a returned law is pending.',
  ],
  citations: kgJogorkuKenesh2021Citations,
  machine: kgJogorkuKenesh2021Machine,
};
