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
} as const;
