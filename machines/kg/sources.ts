/** Public sources of the Kyrgyz procedure facts (drafts/kg/research.md). */
export const kgSources = {
  constitution2010:
    'https://github.com/correia-marcos/constitutions/blob/22f9010422486886cfa70e58da779431be857fa7/Data/all/Kyrgyz_2010.txt',
  constitution2021:
    'https://advocatetanmoy.com/2022/04/24/constitution-of-the-kyrgyz-republic-2021/',
  seats90:
    'https://constitutionnet.org/news/kyrgyzstan-voters-approve-new-constitution-establishing-presidential-system',
  majority61: 'https://qazaqtimes.com/kk/article/87520',
  initiative: 'https://maralfm.kg/archives/475512?amp=1',
  threeReadings:
    'https://media.kg/news/so-vtoroj-popytki-prezident-podpisal-zakon-o-reglamente-zhogorku-kenesha/',
  signingMonth:
    'https://24.kg/english/204832_Draft_law_on_protection_against_false_information_submitted_to_President/',
  signingMonth2:
    'https://kaktus.media/doc/427143_klara_sooronkylova:_y_prezidenta_est_mesiac_na_izychenie_zakona_no_on_srazy_ego_podpisal.html',
  returnWithObjections: 'https://for.kg/news-780179-ru.html',
  conciliationGroup:
    'https://24.kg/english/195739_Parliament_to_return_to_discussion_of_law_on_manipulating_information/',
  rules2011: 'http://medialaw.asia/posts/20-04-2012/56996.html',
  rejectionBar:
    'https://24.kg/english/204832_Draft_law_on_protection_against_false_information_submitted_to_President/',
  entryIntoForce:
    'https://24.kg/english/204887_President_signs_law_on_protection_against_false_information/',
  rulesOfProcedure:
    'https://old.kenesh.kg/ru/article/show/9705/kirgiz-respublikasinin-zhogorku-keneshinin-reglamenti',
  vetoPractice2010: 'http://www.semipresidentialism.com/kyrgyzstan-presidential-veto/',
} as const;
