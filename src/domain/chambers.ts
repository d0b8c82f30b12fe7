/** The chambers legisim knows, across jurisdictions. */
export const chamberIds = ['majilis', 'senate', 'kurultai', 'duma', 'federationCouncil'] as const;
export type ChamberId = (typeof chamberIds)[number];

export const chamberNames: Readonly<Record<ChamberId, string>> = {
  majilis: 'Mäjilis',
  senate: 'Senate',
  kurultai: 'Kurultai',
  duma: 'State Duma',
  federationCouncil: 'Federation Council',
};

/** Seats in force per chamber of a procedure: the denominators of every threshold. */
export type Seats = Readonly<Partial<Record<ChamberId, number>>>;
