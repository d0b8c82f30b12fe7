/** Sources for the Hungarian procedure (research: drafts/hu/research.md). */
export const huSources = {
  fl2011:
    'https://github.com/correia-marcos/constitutions/blob/22f9010422486886cfa70e58da779431be857fa7/Data/all/Hungary_2011.txt',
  ogyExplainer:
    'http://kneb.parlament.hu/en/web/house-of-the-national-assembly/the-role-of-the-president-of-the-republic-in-legislation',
  keh: 'http://www.keh.hu/about_the_institution_of_the_president_of_the_republic/1586-About_the_institution_of_the_President_of_the_Republic&pnr=1',
  hhsz: 'https://szakcikkadatbazis.hu/doc/3980189',
  cc2016: 'http://public.mkab.hu/dev/dontesek.nsf/0/0E2BE7972D40CA0DC1257F710051F921',
  flText: 'http://www.poltext.org/sites/poltext.org/files/hongrie2011.txt',
  vasarnapiHirek:
    'https://www.vasarnapihirek.hu/szerintem/jogaszszemmel_erre_kossel_csomot?lang=hu',
} as const;
