import type { Procedure } from '../../src/domain/procedure.js';
import { huNationalAssembly2012Machine } from './nationalAssembly2012.js';
import { huNationalAssembly2012Citations } from './nationalAssembly2012.citations.js';

export const huNationalAssembly2012: Procedure = {
  id: 'hu-2012',
  jurisdiction: 'HU',
  title: 'Hungary: unicameral National Assembly (Fundamental Law of 2011)',
  constitution: 'Fundamental Law of Hungary of 25 April 2011 (in force 1 January 2012)',
  validFrom: '2012-01-01',
  chambers: [
    {
      id: 'nationalAssembly',
      name: 'National Assembly (Országgyűlés)',
      seats: 199,
      basis: 'Act CCIII of 2011 on the elections of MPs, from the 2014 election (386 before)',
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: [
    'Art. 6 is modelled in its 2011 wording: no amendment of it was found, but the consolidated text in force in 2021 was not read (research §0).',
    'Bill kind `constitutionalLaw` stands for a cardinal Act, or an Act with cardinal provisions voted as one (two-thirds of the MPs present, art. T(4)); `law` is an ordinary Act (a majority of the MPs present, art. 5(6)). Split final votes and amendments of the Fundamental Law (two-thirds of all MPs, art. S) are not modelled.',
    'MPs present are those who voted for, against or abstained; a quorum is more than half of the 199 seats (art. 5(5)). Thresholds count the 199 seats, not MPs in office; a scenario before the 2014 election must give 386 seats.',
    'The readings and committee stages of the Rules of Procedure are not modelled: only the final vote is constitutional.',
    "The Speaker's signature and transmission (art. 6(3)) is recorded as `Transmitted { to: president }`; when it is not recorded, the President is assumed to have received the Act on the last of the Speaker's five days. A late transmission has no consequence and the President's five days run from it.",
    "A `ConstitutionalReviewRequested` recorded before the Speaker sent the Act (recorded or assumed) is Parliament's referral (art. 6(2)); after it, the President's (art. 6(4)). The vocabulary has no guard on who referred. A President's referral within the Speaker's five days must therefore be preceded by a recorded `Transmitted`.",
    "The President's return (art. 6(5)) and referral (art. 6(4)) must come within his five days of receipt; late ones are flagged by the replay. The President's five days, the Speaker's five days and the Court's 30 (repeat: 10) days have no stated consequence: they are noted as overdue.",
    '"Immediately" (art. 6(7)) has no length: the stage after a no-violation ruling has no clock.',
    "The re-adoption after a return (art. 6(5)) is recorded as `overrideVeto` and needs the Act's own majority, not an override majority. If it fails, the Act falls (`veto-sustained`); the signed re-adopted Act is enacted as `override`.",
    'The re-adoption after a Court finding (art. 6(6)) is recorded as `adopt`. If it fails, the Act falls as `unconstitutional`. After it the President may return the Act (if he has not yet) or refer it again (art. 6(8), 10 days); a repeated referral upheld obliges him to sign immediately. Whether a President who returned the Act before may return it again is not modelled: he may.',
    "After a return and re-adoption the President may refer the Act only on limited grounds (art. 6(9)); the grounds are not recorded or checked. After a review on Parliament's referral the President may not refer (art. 6(4)) but may return the Act once.",
    'A promulgated Act may be annulled by the Constitutional Court in a posterior review (art. 24(2)(e), (3)(a), not read in this research): the outcome becomes unconstitutional.',
    'Withdrawal is possible until the final vote; lapse at the end of the term applies before adoption and to an Act awaiting a new debate (Rules of Procedure, not read).',
    'Days are calendar days; special legal orders and referendums are out of scope.',
  ],
  citations: huNationalAssembly2012Citations,
  machine: huNationalAssembly2012Machine,
};
