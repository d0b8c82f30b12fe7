/** Sources of the Georgian procedure (research: /work/drafts/ge/research.md). */
export const geSources = {
  constitution: 'https://matsne.gov.ge/en/document/view/30346',
  constituteProject: 'https://www.constituteproject.org/constitution/Georgia_2018?lang=en',
  art46Quote: 'https://frontnews.ge/ge/news/details/56668',
  transmission10Days:
    'https://1tv.ge/news/saqartvelos-parlamenti-mighebul-kanonproeqts-prezidents-shvidi-dghis-nacvlad-ati-dghis-vadashi-gadaugzavnis/',
  threeReadings: 'https://en.trend.az/scaucasus/georgia/3887053.html',
  readingFailedDrop: 'https://en.trend.az/scaucasus/georgia/3721096.html',
  constitutional113: 'https://messenger.com.ge/issues/4668_june_24_2020/4668_natalia.html',
  ordinaryLaw76: 'https://georgiatoday.ge/georgian-dream-submits-the-announced-homophobic-bill',
  initiativeList:
    'https://www.liquisearch.com/parliament_of_georgia/passage_of_a_draft_law_in_the_parliament',
  override76: 'https://tass.com/world/1793127/amp',
  remarksFirst:
    'https://1tv.ge/lang/en/news/parliament-overrides-presidents-veto-constitutional-changes',
  motivatedRemarks:
    'https://jam-news.net/georgian-president-vetoes-foreign-influence-transparency-law-which-is-known-as-foreign-agents-law',
  afterOverride: 'https://rustavi2.ge/en/news/283446',
  speakerSigns: 'https://www.politico.eu/article/georgia-signs-sweeping-anti-lgbtq-bill-into-law/',
  returnWithoutRemarks: 'https://en.vestikavkaza.ru/material/170831',
  noRemarksLimit:
    'https://babel.ua/en/news/107077-the-parliament-of-georgia-finally-approved-the-law-on-foreign-agents',
  publication: 'https://euromedia24.com/index.php/en/post/661',
  constitutionalSigned: 'https://agenda.ge/en/news/2020/2061',
  constitutionalVeto2017: 'https://old.civil.ge/eng/article.php?id=30540',
  claim:
    'https://frontnews.ge/en/news/georgia-s-president-files-historic-lawsuit-against-foreign-influence-transparency-law',
  claimCourt: 'https://constcourt.ge/constc/public/ka/judicial-acts?legal=17091',
  postponed: 'https://ajaratv.ge/article/134847',
  seats150:
    'https://qafqaz.media/ru/v-sluchae-vykhoda-iz-parlamenta-37-deputatov-zakonodatelnyy-organ-ne-smozhet-prinyat?page=70',
} as const;
