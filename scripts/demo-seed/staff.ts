/** Users and queues of the demo organization, Fabrikam. Bob comes first: the demo mailbox owner. */

export interface UserSpec {
  key: string;
  first: string | null;
  last: string;
  email: string;
  title: string;
  disabled: boolean;
}

type UserRow = [key: string, first: string | null, last: string, email: string, title: string];

const USER_ROWS: UserRow[] = [
  ['bob', 'Bob', 'Fabrikam', 'bob@fabrikam.example', 'Account Manager'],
  ['test', 'Fabrikam', 'Test', 'test@fabrikam.example', 'Sales Assistant'],
  ['hanako', null, 'はなこ', 'hanako@fabrikam.example', 'Customer Success Manager'],
  ['lena', 'Lena', 'Fischer', 'lena.fischer@fabrikam.example', 'Sales Director'],
  ['oliver', 'Oliver', 'Grant', 'oliver.grant@fabrikam.example', 'Account Manager (left)'],
];

/** Oliver left the company: his user is disabled and may never be matched. */
const DISABLED = new Set(['oliver']);

export const USERS: UserSpec[] = USER_ROWS.map(([key, first, last, email, title]) => ({
  key,
  first,
  last,
  email,
  title,
  disabled: DISABLED.has(key),
}));

/** Owners of the ordinary contacts, in turn (the disabled user owns none of them). */
export const OWNER_ROTATION = ['bob', 'lena', 'test', 'hanako', 'bob'];

export const QUEUES = [
  { key: 'support', name: 'Fabrikam Support', email: 'support@fabrikam.example', owner: 'bob' },
  { key: 'orders', name: 'Fabrikam Orders', email: 'orders@fabrikam.example', owner: 'lena' },
];
