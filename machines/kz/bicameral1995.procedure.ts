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
      seats: 107,
      seatsVary: true,
      basis:
        'art. 50(3) as amended 2007: 107 (98 elected, 9 by the Assembly of People), 2007–2022 [S]; 77 in 1999–2007 [S]; 67 under the 1995 text [U]',
    },
    {
      id: 'senate',
      name: 'Senate',
      seats: 47,
      seatsVary: true,
      basis:
        'art. 50(2): 2 per region, city of republican significance and the capital, plus 15 appointed (7 before 2007): 47 in 2007–2018 [S], 49 in 2018–2022 (Shymkent) [S], 39 in 1999–2007 [S], 47 in 1995 [U]',
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: [
    `In force from 5 Sep 1995, the day the Constitution entered into force on publication of the referendum result [S] ${src.inForce1995}; no bill could reach the Parliament before its first session on 30 Jan 1996 [S] ${src.parliament1996}.`,
    'One rule set covers 1995–2022. The pre-2023 text of art. 61 was not read [U] and the amendments of 1998, 2007, 2011, 2017 and 2019 were not compared: the machine follows the old Constitutional Law on Parliament, art. 18 (edition not shown) and secondary summaries of the Constitution.',
    `Default seats are those of 2007–2018: Mäjilis 107 (art. 50(3), ${src.constitution2017}), Senate 47 [S] ${src.parliament2017}. Other periods must pass their seats: Mäjilis 77 in 1999–2007 [S] ${src.parliament2002}, 67 before [U]; Senate 39 in 1999–2007 [S] ${src.parliament2002}, 49 in 2018–2022 [S] ${src.senate2018}, 47 in 1995–1999 [U]. Thresholds count seats, not members in office (research §6.3) [U].`,
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
