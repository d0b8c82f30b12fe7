import type { Procedure } from '../../src/domain/procedure.js';
import { kzBicameral2023Machine } from './bicameral2023.js';
import { kzBicameral2023Citations } from './bicameral2023.citations.js';

export const kzBicameral2023: Procedure = {
  id: 'kz-2023',
  jurisdiction: 'KZ',
  title: 'Kazakhstan: bicameral Parliament, Mäjilis adopts and Senate approves',
  constitution:
    'Constitution of the Republic of Kazakhstan (1995) as amended by the referendum of 5 June 2022',
  validFrom: '2023-01-01',
  validTo: '2026-06-30',
  chambers: [
    {
      id: 'majilis',
      name: 'Mäjilis',
      seats: 107,
      basis:
        'art. 50(3) as amended in 2022 gives 98, but the VII convocation (107 seats under the old text) sat until its dissolution on 19 Jan 2023 (it met in joint sitting on 13 Jan 2023) [S] (https://tengrinews.kz/kazakhstan_news/tokaev-raspustil-majilis-i-naznachil-datu-vyiborov-488969/amp); whether its votes counted 107 or 98 is not known [U]',
      sizes: [
        {
          from: '2023-03-29',
          seats: 98,
          basis:
            'art. 50(3) as amended in 2022: 98 (69 party-list, 29 single-member); the VIII convocation first sat on 29 Mar 2023 [S] (https://kapital.kz/amp/gosudarstvo/114178/pervaya-sessiya-parlamenta-vos-mogo-sozyva-sostoit-sya-29-marta.html)',
        },
      ],
    },
    {
      id: 'senate',
      name: 'Senate',
      seats: 50,
      basis:
        'art. 50(2): 2 per region, city of republican significance and the capital, plus 10 appointed',
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: false,
  assumptions: [
    'Thresholds count the constitutional seats (98, 50), not members in office: no Kazakh interpretation found (research §6.3). Until the VIII convocation first sat (29 Mar 2023) the Mäjilis counts the 107 seats of the convocation still sitting in January 2023 [U]; the Senate counts 50 throughout, though about 49 were in office until the renewed Senate was registered on 25 Jan 2023 [U].',
    "The Senate's 60 days run from receipt when a Transmitted event records it, otherwise from adoption by the Mäjilis (the Constitution states no start).",
    'Intermediate readings need the same majority as adoption; the Rules of procedure were not read.',
    "The Senate failing to approve the conciliation text sends the law to the Mäjilis' two-thirds re-vote (the Constitution is silent).",
    'A missed signing month has no consequence in the model (the Constitution states none; see the 2010 precedent).',
    'At a joint sitting the Mäjilis vote is recorded before the Senate vote of the same reading.',
  ],
  citations: kzBicameral2023Citations,
  machine: kzBicameral2023Machine,
};
