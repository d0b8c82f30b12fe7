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
      seats: 90,
      basis:
        'Constitution of 2021 (article not read); 120 seats until the 7th convocation took office in Dec 2021',
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: [
    'The lawmaking articles of the 2021 Constitution were not read; rules without a 2021-era secondary source are carried over from the 2010 text (arts. 79–82, 97) and tagged [U].',
    'Laws, each reading and agreed versions pass by a majority of the total number of deputies (46 of 90); constitutional laws by two-thirds (60 of 90). Seats default to 90; scenarios before the 7th convocation (late Dec 2021) set 120.',
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
