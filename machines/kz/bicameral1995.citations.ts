import type { Citation } from '../../src/domain/procedure.js';
import { kzBicameral1995PresidentCitations } from './bicameral1995.presidentCitations.js';
import { kzSources as src } from './sources.js';

const c = 'Constitution of Kazakhstan (1995, as amended to 2022)';
const law = 'Constitutional Law on Parliament of 16 Oct 1995, art. 18 (edition not shown)';

/**
 * Rule id → article, for the pre-2023 bicameral procedure. The pre-2023 text of art. 61 was not
 * read (research/procedures.md §1.6, §6.6): most rules rest on the old Constitutional Law on
 * Parliament, a secondary copy, hence no [P] tag here.
 */
export const kzBicameral1995Citations: Readonly<Record<string, Citation>> = {
  'introduction.law': {
    article: `${c}, arts. 61(1), 56(1)(1)`,
    text: 'Bills are introduced only in the Mäjilis.',
    firmness: 'S',
    source: src.constitution2007,
  },
  'introduction.constitutionalLaw': {
    article: `${c}, arts. 54(1), 62(4)`,
    text: 'Constitutional laws pass the Chambers at separate sittings, the Mäjilis first, by at least two-thirds of the total number of deputies of each Chamber.',
    firmness: 'S',
    source: src.constitution2007,
  },
  'chamber.postponed': {
    article: 'Rules of procedure of the Chambers (not read)',
    text: 'A chamber may take a bill off its agenda; nothing changes and the running time limits go on.',
    firmness: 'U',
    source: src.majilisRules,
  },
  'majilis.reading': {
    article: `${law}; Mäjilis Rules (not read)`,
    text: 'An intermediate reading in the Mäjilis; assumed to need the same majority as adoption.',
    firmness: 'U',
    source: src.majilisRules,
  },
  'majilis.adopt': {
    article: `${law}; ${c}, art. 62(4)`,
    text: 'The Mäjilis approves the bill by a majority of its total number (a constitutional law: two-thirds); it goes to the Senate.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'majilis.notAdopted': {
    article: `${law}; ${c}, art. 62(4)`,
    text: 'Without the required majority of the total number of deputies the bill is not adopted.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'senate.transmitted': {
    article: law,
    text: "The bill reaches the Senate; the Senate's sixty days run from the day it receives it.",
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'senate.deadline': {
    article: `${law}; ${c}, art. 61(4)`,
    text: 'The Senate considers the bill within sixty days of receiving it (unrecorded receipt: the day the Mäjilis approved it).',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'senate.deadlineOverdue': {
    article: law,
    text: 'The sixty days ran out. The old rule states no consequence; the bill stays before the Senate.',
    firmness: 'U',
    source: src.oldParliamentLaw,
  },
  'senate.reading': {
    article: `${law}; Senate practice`,
    text: 'An intermediate reading in the Senate; assumed to need the same majority as adoption.',
    firmness: 'U',
    source: src.oldParliamentLaw,
  },
  'senate.adopt': {
    article: `${law}; ${c}, arts. 61(4), 62(4)`,
    text: 'The Senate adopts the bill by a majority of its total number (a constitutional law: two-thirds); it becomes law and goes to the President.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'senate.notAdopted': {
    article: law,
    text: 'The Senate did not adopt the bill: treated as rejection as a whole, so it returns to the Mäjilis (the old rule names only adoption and rejection by a majority).',
    firmness: 'U',
    source: src.oldParliamentLaw,
  },
  'senate.rejectAsWhole': {
    article: law,
    text: 'The Senate rejects the bill as a whole by a majority of its total number; it returns to the Mäjilis.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'senate.rejectionFailed': {
    article: law,
    text: 'A motion to reject without a majority of the total number fails; the bill stays before the Senate.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'senate.amendments': {
    article: `${law}, para. 2`,
    text: 'Amendments the Senate adopts by a majority of its total number go to the Mäjilis.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'majilis.reapprove': {
    article: law,
    text: 'The Mäjilis approves the rejected bill again by two-thirds of its total number; the Senate discusses and votes on it a second time.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'majilis.reapprovalFailed': {
    article: law,
    text: 'Without two-thirds of the total number of deputies the rejected bill is not adopted (the old rule states only the positive case).',
    firmness: 'U',
    source: src.oldParliamentLaw,
  },
  'senateAgain.adopt': {
    article: `${law}; ${c}, art. 61(4)`,
    text: 'At the second consideration the Senate adopts the bill by a majority of its total number; it goes to the President.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'senateAgain.notAdopted': {
    article: law,
    text: 'The Senate did not adopt the bill a second time: treated as a second rejection.',
    firmness: 'U',
    source: src.oldParliamentLaw,
  },
  'senateAgain.rejectAsWhole': {
    article: law,
    text: 'A bill rejected by the Senate a second time fails and may not be introduced again in the same session.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'majilis.acceptAmendments': {
    article: `${law}, para. 2`,
    text: "The Mäjilis agrees to the Senate's amendments by a majority of its total number (a constitutional law: two-thirds assumed); the law goes to the President.",
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'majilis.objectsToAmendments': {
    article: `${law}, para. 2`,
    text: "The Mäjilis objects to the Senate's amendments: the disagreement goes to the conciliation procedure.",
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'conciliation.formed': {
    article: `${law}, para. 2`,
    text: 'A conciliation commission of the Chambers is formed.',
    firmness: 'S',
    source: src.oldParliamentLaw,
  },
  'conciliation.completed': {
    article: 'Parliament Rules (not read)',
    text: 'The conciliation commission presents its text.',
    firmness: 'U',
    source: src.majilisRules,
  },
  'conciliation.majilisAdopts': {
    article: 'Parliament Rules (not read)',
    text: 'The Mäjilis adopts the agreed text (majority of its total number, constitutional law two-thirds, assumed); the Senate votes on it next.',
    firmness: 'U',
    source: src.majilisRules,
  },
  'conciliation.majilisRejects': {
    article: 'Parliament Rules (not read)',
    text: 'The Mäjilis does not adopt the agreed text; assumed: the bill is not adopted.',
    firmness: 'U',
    source: src.majilisRules,
  },
  'conciliation.senateApproves': {
    article: 'Parliament Rules (not read)',
    text: 'The Senate adopts the agreed text (majority of its total number, constitutional law two-thirds, assumed); the law goes to the President.',
    firmness: 'U',
    source: src.majilisRules,
  },
  'conciliation.senateRejects': {
    article: 'Parliament Rules (not read)',
    text: 'The Senate does not adopt the agreed text; assumed: the bill is not adopted.',
    firmness: 'U',
    source: src.majilisRules,
  },
  ...kzBicameral1995PresidentCitations,
};
