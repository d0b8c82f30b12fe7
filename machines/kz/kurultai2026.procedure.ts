import type { Procedure } from '../../src/domain/procedure.js';
import { kzKurultai2026Machine } from './kurultai2026.js';
import { kzKurultai2026Citations } from './kurultai2026.citations.js';

export const kzKurultai2026: Procedure = {
  id: 'kz-2026-kurultai',
  jurisdiction: 'KZ',
  title: 'Kazakhstan: unicameral Kurultai',
  constitution:
    'Constitution of the Republic of Kazakhstan adopted by the referendum of 15 March 2026 (text of 12 Feb 2026)',
  validFrom: '2026-07-01',
  chambers: [{ id: 'kurultai', name: 'Kurultai', seats: 145, basis: 'art. 53(1)' }],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: [
    'The text read is the draft of 12 Feb 2026 put to the referendum; it was not compared word for word with the publication of 18 Mar 2026, and no source read confirms the entry into force on 1 Jul 2026 or the Constitutional Law on the Kurultai (research §6.5).',
    'Thresholds count the 145 constitutional seats, not deputies in office (research §6.3).',
    'The Constitution sets no number of readings: any number of intermediate readings (passReading) may precede adoption, none is required, and each needs the majority required for adoption (a majority of the total, two-thirds for a constitutional law).',
    'An intermediate reading that fails ends the bill as not adopted.',
    'The Constitutional Court decides within one month, or within ten days when the President demands it as urgent, as under the 2022 Constitutional Law on the Constitutional Court: the constitutional law art. 74(3) refers to was not found; a late decision has no consequence.',
    "Adopting the law in the President's wording needs a majority of the total number of deputies and sends the law to the President again.",
    'A missed signing month (before or after an override) has no consequence in the model: the Constitution states none.',
    'Withdrawal by the initiator is possible until adoption; lapse and carry-over rules were not found and the transitional articles (94–96) are silent on pending bills.',
  ],
  citations: kzKurultai2026Citations,
  machine: kzKurultai2026Machine,
};
