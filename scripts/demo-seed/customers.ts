/**
 * Accounts and contacts: first the fixed cast of the brief (Alice and the corpus placeholders,
 * and the rule cases), then ordinary contacts so the CRM feels populated. Every domain is
 * `.example`. A contact's address is `<local>@<its account's domain>`, or the full address when
 * the local part given contains `@`; without one it is first.last folded to ASCII.
 */

export interface AccountSpec {
  key: string;
  name: string;
  email: string;
  city: string;
  owner: string;
  inactive: boolean;
}

type AccountRow = [key: string, name: string, email: string, city: string, owner: string];

const ACCOUNT_ROWS: AccountRow[] = [
  ['contoso', 'Contoso Ltd', 'info@contoso.example', 'Redmond', 'bob'],
  ['northwind', 'Northwind Traders', 'info@northwind.example', 'Hamburg', 'lena'],
  ['tailspin', 'Tailspin Toys', 'hello@tailspin.example', 'Denver', 'bob'],
  ['litware', 'Litware, Inc.', 'office@litware.example', 'Dublin', 'test'],
  ['fourthcoffee', 'Fourth Coffee', 'orders@fourthcoffee.example', 'Seattle', 'lena'],
  ['wwi', 'Wide World Importers', 'info@wideworldimporters.example', 'Osaka', 'hanako'],
  ['alpine', 'Alpine Ski House', 'office@alpineskihouse.example', 'Innsbruck', 'bob'],
  ['coho', 'Coho Winery', 'cellar@cohowinery.example', 'Walla Walla', 'lena'],
  ['margies', "Margie's Travel", 'bookings@margiestravel.example', 'Cork', 'bob'],
  ['gdi', 'Graphic Design Institute', 'info@graphicdesigninstitute.example', 'Lyon', 'oliver'],
  ['cpl', 'City Power & Light', 'accounts@citypowerandlight.example', 'Portland', 'test'],
];

/** City Power & Light is a former customer (statecode 1); its name also needs URL encoding. */
const INACTIVE_ACCOUNTS = new Set(['cpl']);

export const ACCOUNTS: AccountSpec[] = ACCOUNT_ROWS.map(([key, name, email, city, owner]) => ({
  key,
  name,
  email,
  city,
  owner,
  inactive: INACTIVE_ACCOUNTS.has(key),
}));

export interface ContactSpec {
  key: string | null;
  first: string;
  last: string;
  account: string | null;
  title: string;
  local: string | null;
  owner: string | null;
  inactive: boolean;
}

type FixedRow = [
  key: string,
  first: string,
  last: string,
  account: string | null,
  title: string,
  local: string,
  owner: string,
];

/** The contacts the rules and the corpus rely on (seed-facts), in creation order. */
const FIXED_ROWS: FixedRow[] = [
  ['alice', 'Alice', 'Contoso', 'contoso', 'Procurement Manager', 'alice', 'bob'],
  ['soren', 'Søren', 'Contoso', 'contoso', 'IT Operations Lead', 'soren', 'bob'],
  ['taro', 'Taro', 'Yamada', 'contoso', 'Regional Director, Japan', 'taro', 'hanako'],
  ['carol', 'Carol', 'Northwind', 'northwind', 'Finance Controller', 'carol', 'bob'],
  ['joerg', 'Jörg', 'Nörthwind', 'northwind', 'Einkaufsleiter', 'joerg', 'lena'],
  ['dave', 'Dave', 'Tailspin', 'tailspin', 'Store Operations Manager', 'dave', 'bob'],
  // Two people behind one team mailbox, owned by different users: the ambiguous sender.
  ['liam', 'Liam', 'Walsh', 'northwind', 'Sales Representative', 'sales', 'lena'],
  ['nadia', 'Nadia', 'Haddad', 'northwind', 'Inside Sales', 'sales', 'bob'],
  // She left Litware; the contact was deactivated (see INACTIVE_CONTACTS).
  ['grace', 'Grace', 'Whitfield', 'litware', 'Former IT Manager', 'grace.whitfield', 'bob'],
  // An apostrophe in the name and in the address, for OData string quoting.
  ['siobhan', 'Siobhán', "O'Brien", 'margies', 'Operations Manager', "siobhan.o'brien", 'bob'],
  ['jonah', 'Jonah', 'Price', null, 'Independent Consultant', 'jonah@pricecounsel.example', 'lena'],
];

const INACTIVE_CONTACTS = new Set(['grace']);

type OtherRow = [first: string, last: string, account: string, title: string];

/** Ordinary contacts; their owners rotate through the active users. */
const OTHER_ROWS: OtherRow[] = [
  ['Marcus', 'Bell', 'contoso', 'Chief Financial Officer'],
  ['Priyanka', 'Nair', 'contoso', 'Business Analyst'],
  ['Tomasz', 'Kowalski', 'contoso', 'Service Desk Lead'],
  ['Emily', 'Carter', 'contoso', 'HR Manager'],
  ['Hannah', 'Becker', 'northwind', 'Logistics Coordinator'],
  ['Lukas', 'Wagner', 'northwind', 'IT Administrator'],
  ['Fatima', 'Rahman', 'northwind', 'Accounts Payable'],
  ['Jake', 'Morrison', 'tailspin', 'Head of Retail'],
  ['Chloé', 'Martin', 'tailspin', 'Marketing Manager'],
  ['Daniel', 'Kim', 'tailspin', 'E-commerce Manager'],
  ['Aoife', 'Murphy', 'litware', 'Training Coordinator'],
  ['Ravi', 'Patel', 'litware', 'CTO'],
  ['Megan', 'Doyle', 'litware', 'Office Manager'],
  ['Sam', 'Okoro', 'fourthcoffee', 'Franchise Manager'],
  ['Isabella', 'Rossi', 'fourthcoffee', 'Purchasing Lead'],
  ['Noah', 'Fischer', 'fourthcoffee', 'Regional Manager'],
  ['Grace', 'Liu', 'fourthcoffee', 'Finance Manager'],
  ['Kenji', 'Watanabe', 'wwi', 'Import Manager'],
  ['Yuki', 'Tanaka', 'wwi', 'Customs Specialist'],
  ['Hiroshi', 'Sato', 'wwi', 'General Manager'],
  ['Mai', 'Nguyen', 'wwi', 'Warehouse Supervisor'],
  ['Anna', 'Gruber', 'alpine', 'Managing Director'],
  ['Florian', 'Huber', 'alpine', 'Ticketing Manager'],
  ['Sophie', 'Moser', 'alpine', 'Guest Services'],
  ['Ethan', 'Brooks', 'coho', 'Winemaker'],
  ['Olivia', 'Hayes', 'coho', 'Sales Manager'],
  ['Lucas', 'Romero', 'coho', 'Distribution Lead'],
  ['Ciara', 'Byrne', 'margies', 'Travel Consultant'],
  ['Declan', 'Fitzgerald', 'margies', 'Finance Officer'],
  ['Niamh', 'Kelly', 'margies', 'Customer Care Lead'],
  ['Camille', 'Dubois', 'gdi', 'Programme Director'],
  ['Julien', 'Lefèvre', 'gdi', 'IT Manager'],
  ['Inès', 'Moreau', 'gdi', 'Admissions Officer'],
  ['Peter', 'Lindgren', 'cpl', 'Facilities Manager'],
  ['Rosa', 'Delgado', 'cpl', 'Procurement Officer'],
  ['Ahmed', 'Karim', 'contoso', 'Security Officer'],
  ['Laura', 'Schmidt', 'northwind', 'Customer Service Manager'],
  ['Mateo', 'García', 'tailspin', 'Store Manager'],
  ['Zoe', 'Adams', 'fourthcoffee', 'Barista Trainer'],
  ['Oscar', 'Nilsson', 'alpine', 'Lift Operations'],
  ['Eva', 'Novak', 'coho', 'Export Coordinator'],
  ['Beatriz', 'Santos', 'margies', 'Marketing Coordinator'],
];

export const CONTACTS: ContactSpec[] = [
  ...FIXED_ROWS.map(([key, first, last, account, title, local, owner]) => ({
    key,
    first,
    last,
    account,
    title,
    local,
    owner,
    inactive: INACTIVE_CONTACTS.has(key),
  })),
  ...OTHER_ROWS.map(([first, last, account, title]) => ({
    key: null,
    first,
    last,
    account,
    title,
    local: null,
    owner: null,
    inactive: false,
  })),
];
