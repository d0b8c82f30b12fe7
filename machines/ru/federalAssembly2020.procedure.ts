import type { Procedure } from '../../src/domain/procedure.js';
import { ruAssumptions, ruCourtAssumptions } from './assumptions.js';
import { ruFederalAssembly2020Machine } from './federalAssembly2020.js';
import { ruFederalAssembly2020Citations } from './federalAssembly2020.citations.js';

export const ruFederalAssembly2020: Procedure = {
  id: 'ru-2020',
  jurisdiction: 'RU',
  title:
    'Russia: Federal Assembly, with referral to the Constitutional Court before signature (2020)',
  constitution: 'Constitution of the Russian Federation (1993) as amended on 4 July 2020',
  validFrom: '2020-07-04',
  chambers: [
    { id: 'duma', name: 'State Duma', seats: 450, basis: 'art. 95(3): 450 deputies' },
    {
      id: 'federationCouncil',
      name: 'Federation Council',
      seats: 170,
      seatsVary: true,
      basis:
        'art. 95(2): two senators from each subject of the Federation (85 as Russia counted them in 2020: 170), a former President for life, and up to 30 appointed by the President; whether the total the votes count includes the appointees is not known [U]: give the size in force where it matters',
      sizes: [
        {
          from: '2022-09-30',
          seats: 178,
          basis:
            'four regions admitted as Russia counts them, from the treaties of 30 Sep 2022 (FKZs Nos. 5–8-FKZ of 4 Oct 2022): 89 subjects, 178 [S] (https://moscow-post.com/politics/putin-podpisal-zakon-o-prinyatii-dnr-lnr-i-zaporozhskoy-oblasti-v-sostav-rossii-173605); appointees not counted [U]',
        },
      ],
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: [...ruAssumptions, ...ruCourtAssumptions],
  citations: ruFederalAssembly2020Citations,
  machine: ruFederalAssembly2020Machine,
};
