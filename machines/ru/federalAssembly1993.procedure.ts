import type { Procedure } from '../../src/domain/procedure.js';
import { ruAssumptions } from './assumptions.js';
import { ruFederalAssembly1993Machine } from './federalAssembly1993.js';
import { ruFederalAssembly1993Citations } from './federalAssembly1993.citations.js';

export const ruFederalAssembly1993: Procedure = {
  id: 'ru-1993',
  jurisdiction: 'RU',
  title: 'Russia: Federal Assembly, State Duma adopts and Federation Council approves',
  constitution: 'Constitution of the Russian Federation (1993), before the 2020 amendments',
  validFrom: '1993-12-25',
  validTo: '2020-07-03',
  chambers: [
    { id: 'duma', name: 'State Duma', seats: 450, basis: 'art. 95(3): 450 deputies' },
    {
      id: 'federationCouncil',
      name: 'Federation Council',
      seats: 178,
      basis:
        'art. 95(2): two members from each subject of the Federation, so the size follows the number of subjects: 89 subjects, 178 members (the 1996 Rules of the Federation Council: "общее число членов Совета Федерации — 178 человек") [S] (https://library201097.narod.ru/064/index198.html). Its votes count this number, not members in office: "Всего членов СФ 170 чел." on 20 May 2015 [P] (http://council.gov.ru/activity/meetings/51017/transcript/)',
      sizes: [
        {
          from: '2005-12-01',
          seats: 176,
          basis:
            'Perm Krai formed (FKZ No. 1-FKZ of 25 Mar 2004): 88 subjects [S] (https://regnum.ru/news/236784.html)',
        },
        {
          from: '2007-01-01',
          seats: 172,
          basis:
            'Krasnoyarsk Krai absorbs the Taymyr and Evenk districts (FKZ No. 6-FKZ of 14 Oct 2005): 86 subjects [S] (https://pravda.ru/news/politics/63898-sovet_federacii_krasnojarskii_krai_taimyrskii_evenkiiskii_okrug)',
        },
        {
          from: '2007-07-01',
          seats: 170,
          basis:
            'Kamchatka Krai formed (FKZ No. 2-FKZ of 12 Jul 2006): 85 subjects [S] (https://bazanpa.ru/gd-rf-federalnyi-konstitutsionnyi-zakon-n2-fkz-ot12072006-h971269/statya12)',
        },
        {
          from: '2008-01-01',
          seats: 168,
          basis:
            'Irkutsk Oblast absorbs the Ust-Orda Buryat district (FKZ No. 6-FKZ of 30 Dec 2006): 84 subjects [S] (https://consultant.ru/document/cons_doc_LAW_68717/e073a02bc9829a1e0ac62290613a3629823c7e5d)',
        },
        {
          from: '2008-03-01',
          seats: 166,
          basis:
            'Zabaykalsky Krai formed (FKZ No. 5-FKZ of 21 Jul 2007): 83 subjects [S] (https://zakonbase.ru/content/part/528703?print=1); the day, 1 Mar 2008, was not seen in a source [U]. A majority of 166 (84) was announced as needed on 21 Sep 2011 [S] (https://veved.ru/eburg/news/10662-matvienko-izbrana-spikerom-soveta-federacii/amp.html)',
        },
        {
          from: '2014-03-18',
          seats: 170,
          basis:
            'Crimea and Sevastopol admitted as Russia counts them (FKZ No. 6-FKZ of 21 Mar 2014: admitted from the treaty of 18 Mar 2014): 85 subjects [S] (https://zaxid.net/rada_federatsiyi_rosiyi_shvalila_aneksiyu_krimu_n1305022/amp)',
        },
      ],
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: ruAssumptions,
  citations: ruFederalAssembly1993Citations,
  machine: ruFederalAssembly1993Machine,
};
