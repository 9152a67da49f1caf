/** Leads (statecode 0 open, 1 qualified, 2 disqualified). Dave's address is also a contact's. */

export interface LeadSpec {
  key: string;
  first: string;
  last: string;
  email: string;
  company: string;
  topic: string;
  owner: string;
  state: 0 | 1 | 2;
}

type LeadRow = [key: string, first: string, last: string, email: string, owner: string];

const LEAD_ROWS: LeadRow[] = [
  ['erin', 'Erin', 'Adatum', 'erin@adatum.example', 'bob'],
  ['davelead', 'Dave', 'Tailspin', 'dave@tailspin.example', 'bob'],
  ['kofi', 'Kofi', 'Mensah', 'kofi.mensah@blueyonderairlines.example', 'lena'],
  ['mei', 'Mei', 'Chen', 'mei.chen@lucernepublishing.example', 'hanako'],
  ['rafael', 'Rafael', 'Costa', 'rafael.costa@treyresearch.example', 'test'],
  ['amara', 'Amara', 'Okafor', 'amara.okafor@wingtiptoys.example', 'bob'],
  ['tomas', 'Tomás', 'Herrera', 'tomas.herrera@vanarsdel.example', 'lena'],
  ['ana', 'Ana', 'Ribeiro', 'ana.ribeiro@relecloud.example', 'bob'],
  ['jonas', 'Jonas', 'Berg', 'jonas.berg@humongousinsurance.example', 'test'],
];

/** Company and topic (the lead's `subject`) per lead. */
const INTEREST: Record<string, [company: string, topic: string]> = {
  erin: ['Adatum Corporation', 'Field service pilot for 40 technicians'],
  davelead: ['Tailspin Toys', 'Holiday season kiosk licences'],
  kofi: ['Blue Yonder Airlines', 'Crew scheduling integration'],
  mei: ['Lucerne Publishing', 'Editorial CRM evaluation'],
  rafael: ['Trey Research', 'Partner portal'],
  amara: ['Wingtip Toys', 'Retail loyalty programme'],
  tomas: ['VanArsdel, Ltd.', 'Showroom appointment booking'],
  ana: ['Relecloud', 'Support desk migration'],
  jonas: ['Humongous Insurance', 'Claims intake by email'],
};

/** Ana's lead was qualified, Jonas's disqualified; the rest are open. */
const STATES: Record<string, 1 | 2> = { ana: 1, jonas: 2 };

export const LEADS: LeadSpec[] = LEAD_ROWS.map(([key, first, last, email, owner]) => ({
  key,
  first,
  last,
  email,
  company: INTEREST[key][0],
  topic: INTEREST[key][1],
  owner,
  state: STATES[key] ?? 0,
}));
