import type { Procedure } from '../../src/domain/procedure.js';
import { kzBicameral1995Machine } from './bicameral1995.js';
import { kzBicameral1995Citations } from './bicameral1995.citations.js';
import { kzSources as src } from './sources.js';

export const kzBicameral1995: Procedure = {
  id: 'kz-1995',
  jurisdiction: 'KZ',
  title: 'Kazakhstan: bicameral Parliament before 2023, Mäjilis approves and Senate adopts',
  constitution:
    'Constitution of the Republic of Kazakhstan of 30 August 1995, as amended up to 2022 (before the amendments in force 1 January 2023)',
  validFrom: '1995-09-05',
  validTo: '2022-12-31',
  chambers: [
    {
      id: 'majilis',
      name: 'Mäjilis',
      seats: 67,
      basis:
        'art. 50(3), 1995 text: 67 deputies [S] (https://jamestown.org/program/kazakhstans-parliament-not-yet-in-place-but-well-in-presidents-hand/); each size counts from the first sitting of the convocation that has it',
      sizes: [
        {
          from: '1999-12-01',
          seats: 77,
          basis:
            'art. 50(3) as amended 7 Oct 1998: 77 (67 single-member, 10 party-list) [S] (https://en.wikipedia.org/wiki/1999_Kazakhstani_legislative_election); the 2nd convocation first sat on 1 Dec 1999 [U: date not found in a source]',
        },
        {
          from: '2007-09-02',
          seats: 107,
          basis:
            'art. 50(3) as amended 21 May 2007: 107 (98 party-list, 9 by the Assembly of People) [S] (http://archive.ipu.org/parline-e/reports/arc/2165_07.htm); 107 deputies took the oath on 2 Sep 2007 [S] (http://enews.fergananews.com/articles/2107)',
        },
      ],
    },
    {
      id: 'senate',
      name: 'Senate',
      seats: 47,
      basis:
        'art. 50(2): two per oblast, city of republican significance and the capital, plus appointees; 1995: 2 × 20 + 7 = 47 [S] (https://jamestown.org/program/kazakhstan-holding-legislative-elections/)',
      sizes: [
        {
          from: '1999-12-01',
          seats: 39,
          basis:
            '2 × 16 + 7 after the oblast mergers of 1997: 39 by the 1999 and 2002 elections [S] (https://www.rferl.org/a/1100472.html); from when it counted is not known, taken from the 2nd convocation [U]',
        },
        {
          from: '2007-09-02',
          seats: 47,
          basis:
            'art. 50(2) as amended 21 May 2007: 32 elected + 15 appointed [S] (http://archive.ipu.org/parline-e/reports/arc/2165_07.htm), at the latest from the 4th convocation (2 Sep 2007) [U]',
        },
        {
          from: '2018-06-19',
          seats: 49,
          basis:
            'Shymkent a city of republican significance by Decree No. 702 of 19 Jun 2018, so 2 × 17 + 15 = 49 [S] (https://en.inform.kz/amp/president-sets-elections-of-senators-from-shymkent_a3349763/); its senators were elected on 5 Oct 2018. The 2022 amendment (10 appointees, three new oblasts) took effect with the renewed Senate in 2023 (kz-2023)',
        },
      ],
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: [
    `In force from 5 Sep 1995, the day the Constitution entered into force on publication of the referendum result [S] ${src.inForce1995}; no bill could reach the Parliament before its first session on 30 Jan 1996 [S] ${src.parliament1996}.`,
    'One rule set covers 1995–2022. The pre-2023 text of art. 61 was not read [U] and the amendments of 1998, 2007, 2011, 2017 and 2019 were not compared: the machine follows the old Constitutional Law on Parliament, art. 18 (edition not shown) and secondary summaries of the Constitution.',
    `Seats by date (each chamber's sizes): Mäjilis 67, 77 from the 2nd convocation (1 Dec 1999 [U]), 107 from 2 Sep 2007 (art. 50(3), ${src.constitution2017}); Senate 47, 39 from 1 Dec 1999 [U] ${src.parliament2002}, 47 from 2 Sep 2007 ${src.parliament2017}, 49 from 19 Jun 2018 ${src.senate2018}. Thresholds count the constitutional size, not members in office (research §6.3) [U]; a scenario's seats override them.`,
    "The Senate's sixty days run from receipt when a Transmitted event records it, otherwise from approval by the Mäjilis; when they run out nothing happens (the old rule states no consequence; the 2023 'presented to the President' rule is not applied) [U].",
    'A failed Senate vote on adoption or on an intermediate reading counts as rejection as a whole (the old rule names only adoption and rejection by a majority of the total) [U].',
    'A failed two-thirds re-approval by the Mäjilis ends the bill as not adopted; the second Senate consideration has sixty days of its own [U].',
    "The Senate's amendments (AmendmentsProposed) carry no tally, so the Senate's majority for them is not checked [U].",
    `Constitutional laws follow the same path at separate sittings with two-thirds of each Chamber for every vote (readings, adoption, agreeing to amendments, the agreed text) [S for adoption, ${src.lawmaking1995}; U for the rest]; no two-reading minimum is enforced [U].`,
    'Conciliation: the Mäjilis, then the Senate, votes on the agreed text; if either does not adopt it the bill is not adopted (Parliament Rules not read) [U].',
    "The President's objections are reconsidered by the Mäjilis, then the Senate (before 2017 possibly at a joint sitting), each needing two-thirds, also for constitutional laws (three-quarters dates from 2023) [U].",
    'The Constitutional Council decides within one month, or ten days when the President asks (art. 73(3) pre-2023 wording not read); a late decision has no consequence [U].',
    `Presentation to the President within ten days [S]. A law neither signed nor returned within the month is deemed signed (Constitutional Law on Parliament, art. 19, added on 19 Jun 2007 [S], https://chrismerriman.com/kzblog/?p=2914 ; EurasiaNet, http://cesran.org/bill-to-boost-nazarbayevs-powers-in-kazakhstan-remains-theoretically-alive.html), and then signed in the President's stead by the Chambers' Chairs and the Prime Minister, as in June 2010 [S] ${src.noSignature}: applied to the whole 1995–2022 span, though before 2007 no such rule was found and whether the 2017–2022 editions kept it was not checked [U].`,
    'A President who declines to sign without returning the law (PresidentRefused) breaks art. 44(2); the law stays before him and the month runs on [U].',
    'Intermediate readings need the same majority as adoption; withdrawal and lapse rules were not found [U].',
  ],
  citations: kzBicameral1995Citations,
  machine: kzBicameral1995Machine,
};
