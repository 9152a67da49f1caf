import { ORGANIZATION_DEFAULTS, USERSETTINGS_DEFAULTS, columnTypesOf } from './settings-defaults';

/**
 * The tables the mock serves: entity set name, logical name, key, primary name, email columns,
 * declared columns with their types, and lookups with the tables they may point to.
 * `number` is a whole number (Edm.Int32, option sets included); `decimal` a money or decimal.
 */
export type ColumnType =
  'string' | 'number' | 'decimal' | 'boolean' | 'guid' | 'datetime' | 'lookup';

export interface EntityDef {
  set: string;
  logicalName: string;
  key: string;
  primaryName: string | null;
  emailColumns: readonly string[];
  columns: Readonly<Record<string, ColumnType>>;
  /** Lookup column logical name (e.g. `regardingobjectid`) → tables it may point to. */
  lookups: Readonly<Record<string, readonly string[]>>;
  /** Whether POST / DELETE are allowed on the set. */
  creatable: boolean;
  deletable: boolean;
}

const REGARDING_TARGETS = ['account', 'contact', 'lead', 'opportunity', 'incident'] as const;
const CUSTOMER_TARGETS = ['account', 'contact'] as const;

const COMMON =
  'createdon:datetime modifiedon:datetime overriddencreatedon:datetime ' +
  'statecode:number statuscode:number';

function define(
  set: string,
  logicalName: string,
  spec: {
    key?: string;
    primaryName: string | null;
    emailColumns?: string[];
    columns: string;
    lookups?: Record<string, readonly string[]>;
    creatable?: boolean;
    deletable?: boolean;
  },
): EntityDef {
  const key = spec.key ?? `${logicalName}id`;
  const columns: Record<string, ColumnType> = { [key]: 'guid' };

  for (const item of `${spec.columns} ${COMMON}`.split(/\s+/).filter(Boolean)) {
    const [name, type = 'string'] = item.split(':');
    columns[name] = type as ColumnType;
  }

  const lookups = { ownerid: ['systemuser'], createdby: ['systemuser'], ...spec.lookups };
  for (const name of Object.keys(lookups)) {
    columns[`_${name}_value`] = 'lookup';
  }

  return {
    set,
    logicalName,
    key,
    primaryName: spec.primaryName,
    emailColumns: spec.emailColumns ?? [],
    columns,
    lookups,
    creatable: spec.creatable ?? true,
    deletable: spec.deletable ?? true,
  };
}

const EMAIL_3 = ['emailaddress1', 'emailaddress2', 'emailaddress3'];
const EMAIL_COLUMNS_3 = 'emailaddress1 emailaddress2 emailaddress3';

export const ENTITIES: readonly EntityDef[] = [
  define('systemusers', 'systemuser', {
    primaryName: 'fullname',
    emailColumns: ['internalemailaddress'],
    columns: 'fullname firstname lastname internalemailaddress domainname title isdisabled:boolean',
    lookups: { businessunitid: ['businessunit'] },
    creatable: false,
    deletable: false,
  }),
  define('contacts', 'contact', {
    primaryName: 'fullname',
    emailColumns: EMAIL_3,
    columns: `fullname firstname lastname jobtitle telephone1 description ${EMAIL_COLUMNS_3}`,
    lookups: { parentcustomerid: CUSTOMER_TARGETS },
  }),
  define('accounts', 'account', {
    primaryName: 'name',
    emailColumns: EMAIL_3,
    columns: `name telephone1 address1_city websiteurl description ${EMAIL_COLUMNS_3}`,
    lookups: { primarycontactid: ['contact'], parentaccountid: ['account'] },
  }),
  define('leads', 'lead', {
    primaryName: 'fullname',
    emailColumns: EMAIL_3,
    columns: `fullname firstname lastname subject companyname description ${EMAIL_COLUMNS_3}`,
    lookups: { parentcontactid: ['contact'], parentaccountid: ['account'] },
  }),
  define('queues', 'queue', {
    primaryName: 'name',
    emailColumns: ['emailaddress'],
    columns: 'name emailaddress description',
  }),
  define('opportunities', 'opportunity', {
    primaryName: 'name',
    columns: 'name description estimatedvalue:decimal',
    lookups: {
      customerid: CUSTOMER_TARGETS,
      parentaccountid: ['account'],
      parentcontactid: ['contact'],
    },
  }),
  define('incidents', 'incident', {
    primaryName: 'title',
    columns: 'title ticketnumber description prioritycode:number',
    lookups: { customerid: CUSTOMER_TARGETS },
  }),
  define('emails', 'email', {
    key: 'activityid',
    primaryName: 'subject',
    columns:
      'subject description messageid directioncode:boolean senton:datetime trackingtoken ' +
      'sender torecipients actualend:datetime conversationindex inreplyto',
    lookups: { regardingobjectid: REGARDING_TARGETS },
  }),
  define('organizations', 'organization', {
    primaryName: 'name',
    columns: columnTypesOf(ORGANIZATION_DEFAULTS),
    creatable: false,
    deletable: false,
  }),
  define('usersettingscollection', 'usersettings', {
    key: 'systemuserid',
    primaryName: null,
    columns: columnTypesOf(USERSETTINGS_DEFAULTS),
    creatable: false,
    deletable: false,
  }),
];

/** The embedded party rows of an email (`email_activity_parties`). */
export const ACTIVITY_PARTY_COLUMNS: Readonly<Record<string, ColumnType>> = {
  activitypartyid: 'guid',
  _activityid_value: 'lookup',
  _partyid_value: 'lookup',
  addressused: 'string',
  participationtypemask: 'number',
};

export const PARTY_TARGETS = ['systemuser', 'contact', 'account', 'lead', 'queue'] as const;

export function entityBySet(set: string): EntityDef | undefined {
  return ENTITIES.find((entity) => entity.set === set);
}

export function entityByLogicalName(logicalName: string): EntityDef | undefined {
  return ENTITIES.find((entity) => entity.logicalName === logicalName);
}

/** The navigation property Dataverse names for a lookup pointing at one table. */
export function navigationProperty(entity: EntityDef, lookup: string, target: string): string {
  if (lookup === 'regardingobjectid') return `regardingobjectid_${target}_${entity.logicalName}`;
  if (entity.lookups[lookup]?.length === 1) return lookup;
  return `${lookup}_${target}`;
}
