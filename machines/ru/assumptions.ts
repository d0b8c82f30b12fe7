/** Modelling choices that no source read settles, common to every Russian version. */
export const ruAssumptions: readonly string[] = [
  'Thresholds count the total membership: 450 in the Duma whatever the vacancies (Constitutional Court ruling 2-P of 1995); the Federation Council has no fixed size, so its default of 170 is only a placeholder and a scenario should give the size in force (seats.federationCouncil).',
  "The Federation Council's fourteen days run from receipt when a Transmitted event records it, otherwise from the last of the Duma's five days for sending; a receipt recorded later counts them again from that day. No rule or ruling states the start.",
  'The Duma\'s readings come from its Rules, not the Constitution: recorded readings are checked for order, readings not recorded are never demanded (said as not recorded), and `adopt` with `reading: 1` (or 2) is an adoption "as a whole" at that reading; a return from the third to the second reading is not modelled, and any failed reading ends the bill.',
  'The first and second readings of a federal constitutional law need a majority of the total number of deputies (threshold not found).',
  "A failed vote on the conciliation commission's text leaves the law with the Duma, which may still re-adopt its own wording by two-thirds.",
  "After a veto a failed vote on the President's wording or on a new wording leaves the law with the Duma; a failed override vote in either chamber sustains the veto, as does the Duma's agreement with the rejection (recorded as `rejectAsWhole`); votes on parts of the law are not modelled. A special commission whose parties are not stated is taken to be the commission of the chambers and the President. No rule was found that ends a vetoed law with the Duma's convocation, so it stays pending.",
  'A law the President returns without consideration, or leaves unsigned after an override (PresidentRefused), is a breach; when the chambers send it again, his time limit is counted anew from the new receipt, and no time limit is set for the signature a Constitutional Court ruling obliges.',
  "The President's fourteen days (seven after an override, three after a Court ruling) have no stated consequence when they run out: the model notes them as overdue and still accepts the President's act.",
  'A law approved over a veto and a federal constitutional law are sent to the President within the five days of art. 107(1), applied by analogy; the seven and fourteen days run from receipt.',
  'A federal constitutional law has no time limit for sending to or consideration by the Federation Council, and its rejection there ends the bill (no conciliation modelled).',
  'The initiator may withdraw a bill until the third reading, and a bill may lapse at any stage before the President; the Duma Rules on withdrawal and carry-over were not read.',
];

/** Modelling choices of the 2020 referral to the Constitutional Court. */
export const ruCourtAssumptions: readonly string[] = [
  'A federal law can be referred to the Constitutional Court within the ordinary fourteen days (art. 125(5.1)(a): the Court checks laws adopted under art. 107(2)–(3) before they are signed) as well as within the seven days after an override (art. 107(3)). For the fourteen days the Constitution states no suspension, no time limit after the ruling and no return, so those of art. 107(3) are applied: the period is suspended, a confirming ruling leaves three days to sign, and any other returns the law to the Duma unsigned; a rejection after a confirming ruling is not modelled.',
  'A referral is open only while the signing period runs (fourteen days, seven after an override, fourteen for a federal constitutional law), as arts. 107(3) and 108(2) say ("within the said period"); once the period ran out the President may still act, but not refer the law.',
  "The Court's own time limit (Federal Constitutional Law on the Constitutional Court as amended on 9 Nov 2020, believed to be seven days) was not read: no clock runs while it considers the request.",
  'A ruling that does not confirm the law ends the bill as failed.unconstitutional: the law is returned to the Duma unsigned (arts. 107(3), 108(2)), and what the Duma may then do is not modelled.',
];
