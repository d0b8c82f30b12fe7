/** Public sources of the Russian procedure facts (research/procedures.md §2). */
export const ruSources = {
  garantEnglish: 'https://constitution.garant.ru/english',
  art104:
    'https://pravorub.ru/tag/%D1%81%D1%82.+104+%D0%BA%D0%BE%D0%BD%D1%81%D1%82%D0%B8%D1%82%D1%83%D1%86%D0%B8%D0%B8+%D1%80%D1%84',
  art105: 'http://konstitucia.my1.ru/index/st_105_konstitucii_rf/0-111',
  art105fc: 'https://gossluzhba.info/testconstitution/part-4-article-105/',
  art106: 'https://constitutionrf.ru/rzd-1/gl-5/st-106-krf',
  art107old: 'https://potrebiteli.ru/laws/konstitutsiya-rf/obsolete_107',
  art107referral:
    'https://rg.ru/2020/01/20/putin-predlozhil-proveriat-konstitucionnost-riada-zakonoproektov-v-ks.html',
  art107current: 'https://constitutionrf.ru/rzd-1/gl-5/st-107-krf',
  art108old: 'https://mylektsii.su/11-90105.html',
  art108current:
    'https://consultant-mos.ru/zakony/konstitutsiya-rf/razdel-1-krf/glava-5-krf/statya-108-krf',
  fkzNoVeto: 'https://gist.github.com/56464c0204ae6d30274890ed7de0259b',
  ruling2P:
    'https://ukrbukva.net/page,2,104313-Role-of-resolutions-of-the-constitutional-court-of-the-Russian-Federation-in-perfection-of-the-federal-Constitution.html',
  ruling10P:
    'https://elementary_law.academic.ru/506/%D0%9F%D1%80%D0%B8%D0%BD%D1%8F%D1%82%D1%8B%D0%B9_%D1%84%D0%B5%D0%B4%D0%B5%D1%80%D0%B0%D0%BB%D1%8C%D0%BD%D1%8B%D0%B9_%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD',
  dumaRules: 'https://docs.cntd.ru/document/901700817/titles/8R80MC',
  dumaSize: 'http://websadovod.ru/rf/constitution-text_06.asp',
  fcSize: 'http://topuch.com/poryadok-formirovaniya-soveta-federacii/index.html',
  readings: 'http://bezmani.ru/spravka/legal_terms/base/27931.htm',
  fcRegistration:
    'https://smekni.com/a/32745-3/stadii-zakonodatelnogo-protsessa-v-rossiyskoy-federatsii-3',
  vetoReconsideration: 'http://rcsol.ru/genobs-858-8.html',
  /**
   * Text of the Law on the amendment of 14 Mar 2020 as adopted by the Duma on 11 Mar 2020
   * (arts. 107(3), 108(2), 125(5.1)(a) as amended), transcribed from sozd.duma.gov.ru (bill
   * 885214-7) into a public repository: read in full, but a copy, not the official publication.
   */
  amendment2020:
    'https://github.com/miripiruni/constitution-of-russia/blob/2020-03-11/constitution.txt',
  /** RAPSI on the bill amending the Law on the Constitutional Court (2020). */
  courtLawBill: 'https://rapsinews.com/legislation_news/20200923/306302731.html',
  courtDeadline:
    'https://valdvor.ru/zakonodatelstvo/statya-112-utratila-silu-federalnyj-konstitutsionnyj-zakon-ot-09-11-2020-n-5-fkz.html',
  publication:
    'https://mmars.ru/wages/zakonodatelnyi-process-v-rf-o-poryadke-opublikovaniya-i.html',
  entryIntoForce:
    'https://kakprosto.ru/kak-880947-kak-schitat-vremya-vstupleniya-zakonov-v-polnuyu-silu',
} as const;
