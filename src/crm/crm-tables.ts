import type { EmailEnabledTable, RegardingTable } from '../domain/crm-records';

/** Web API facts of each table the client reads: entity set, key, name and email columns. */
export interface TableInfo {
  entitySet: string;
  key: string;
  nameColumn: string;
  emailColumns: readonly string[];
}

const EMAILS_3 = ['emailaddress1', 'emailaddress2', 'emailaddress3'] as const;

export const TABLES: Readonly<Record<EmailEnabledTable | RegardingTable, TableInfo>> = {
  systemuser: {
    entitySet: 'systemusers',
    key: 'systemuserid',
    nameColumn: 'fullname',
    emailColumns: ['internalemailaddress'],
  },
  contact: {
    entitySet: 'contacts',
    key: 'contactid',
    nameColumn: 'fullname',
    emailColumns: EMAILS_3,
  },
  account: { entitySet: 'accounts', key: 'accountid', nameColumn: 'name', emailColumns: EMAILS_3 },
  lead: { entitySet: 'leads', key: 'leadid', nameColumn: 'fullname', emailColumns: EMAILS_3 },
  queue: {
    entitySet: 'queues',
    key: 'queueid',
    nameColumn: 'name',
    emailColumns: ['emailaddress'],
  },
  opportunity: {
    entitySet: 'opportunities',
    key: 'opportunityid',
    nameColumn: 'name',
    emailColumns: [],
  },
  incident: { entitySet: 'incidents', key: 'incidentid', nameColumn: 'title', emailColumns: [] },
};

export function tableInfo(table: string): TableInfo | undefined {
  return (TABLES as Record<string, TableInfo>)[table];
}
