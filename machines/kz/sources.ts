/** Public sources of the Kazakh procedure facts (research/procedures.md §1). */
export const kzSources = {
  akorda: 'https://www.akorda.kz/en/constitution-of-the-republic-of-kazakhstan-50912',
  adilet: 'https://adilet.zan.kz/rus/docs/K950001000_',
  courtLaw: 'https://adilet.zan.kz/eng/docs/Z2200000153/compare',
  courtDeadlines: 'https://sotreport.kz/news/pervoe-delo-postupilo-v-konstitutsionnyj-sud/',
  majilisRules: 'https://www.parlam.kz//ru/mazhilis/reglament',
  noSignature: 'https://korrespondent.net/amp/1086189-nazarbaev-stal-liderom-nacii',
  oldParliamentLaw: 'https://pavlodar.com/zakon/?dok=00155&uro=080019',
  krk2026:
    'https://github.com/belilovsky/constitution-rag/blob/main/raw/norm/%D0%9A%D0%A0%D0%9A%2012.02.26%20%D1%80%D1%83%D1%81.docx',
  constitution2017: 'https://www.constituteproject.org/constitution/Kazakhstan_2017?lang=en',
  constitution2007: 'http://www.legislationline.org/documents/id/16711',
  lawmaking1995: 'https://ppt-online.org/646979',
  lawmakingPre2023: 'https://www.mindmeister.com/1169469682/law',
  council72: 'http://ksrk.gov.kz/en/page/bases-instituted-constitutional-proceedings',
  council73: 'http://www.studfiles.ru/preview/5351964/page:11/',
  inForce1995: 'http://twesco.org/en/news/aza_stan_konstitutsiya_k_nin_atap_tude/',
  parliament1996: 'https://graphsearch.epfl.ch/concept/999120',
  parliament2017:
    'https://en.inform.kz/news/parliament-joint-session-attended-by-president-kicks-off-in-astana_a3061240/',
  parliament2002: 'https://silkadv.com/ru/node/2681',
  senate2018: 'https://sagapedia.com/pl/Parlament_Republiki_Kazachstanu',
} as const;
