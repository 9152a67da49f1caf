/** Reference rows of the personal options (spec §1.1). */
import { INT32_MAX } from './field-rules';
import { AS_TEXT, BOOLEAN_VALUES, MODELLED_SYNC, type ReferenceEntry } from './reference-types';

export const USER_SETTINGS_REFERENCE: ReferenceEntry[] = [
  {
    key: 'incomingemailfilteringmethod',
    label: 'Which incoming email to track automatically',
    values:
      '0 all email; 1 replies to CRM email; 2 email from CRM leads, contacts and accounts; ' +
      '3 email from any email-enabled CRM record; 4 none (also as text, such as "2")',
    effect: 'Chooses which received messages background tracking tracks (§5 steps 6–10).',
    inEffect: true,
  },
  {
    key: 'autocreatecontactonpromote',
    label: 'Create a record for an unknown sender when tracking',
    values: '0 no; 1 a contact; 2 a lead (also as text, such as "2")',
    effect:
      'Tracking a message from an unresolved sender creates a contact or lead for it, unless ' +
      'the address is already in the CRM.',
    inEffect: true,
  },
  {
    key: 'issendasallowed',
    label: 'Allow others to send email on my behalf',
    values: BOOLEAN_VALUES,
    effect: 'Modelled only: the add-in sends no email.',
    inEffect: false,
  },
  {
    key: 'synccontactcompany',
    label: 'Update the company field of Outlook contacts',
    values: BOOLEAN_VALUES,
    effect: 'Modelled only: contacts are not synchronized.',
    inEffect: false,
  },
  {
    key: 'isduplicatedetectionenabledwhengoingonline',
    label: 'Check for duplicates when going online',
    values: BOOLEAN_VALUES,
    effect:
      'Modelled only: there is no offline mode. Records created for senders never duplicate an ' +
      'address anyway.',
    inEffect: false,
  },
  {
    key: 'outlooksyncinterval',
    label: 'Minutes between synchronizations',
    values: `minutes, from the organization minimum to ${INT32_MAX} ${AS_TEXT}`,
    effect: MODELLED_SYNC,
    inEffect: false,
  },
  {
    key: 'offlinesyncinterval',
    label: 'Minutes between offline (local data) synchronizations',
    values: `minutes, from the organization minimum to ${INT32_MAX} ${AS_TEXT}`,
    effect: MODELLED_SYNC,
    inEffect: false,
  },
  {
    key: 'addressbooksyncinterval',
    label: 'Minutes between address book refreshes',
    values: `minutes, from the organization minimum to ${INT32_MAX} ${AS_TEXT}`,
    effect: MODELLED_SYNC,
    inEffect: false,
  },
];

export const CLIENT_OPTIONS_REFERENCE: ReferenceEntry[] = [
  {
    key: 'client.backgroundSend',
    label: 'Send CRM email in the background',
    values: BOOLEAN_VALUES,
    effect: 'Modelled only until compose tracking exists.',
    inEffect: false,
  },
  {
    key: 'client.backgroundTrack',
    label: 'Track shown messages automatically',
    values: BOOLEAN_VALUES,
    effect:
      'Each message the pane shows is evaluated and tracked when the rules say so; off, ' +
      'tracking is manual only.',
    inEffect: true,
  },
  {
    key: 'client.autoTagging',
    label: 'Mark messages tracked elsewhere as tracked',
    values: BOOLEAN_VALUES,
    effect:
      'A shown message that is already tracked in the CRM gets the tracked category and ' +
      'activity id.',
    inEffect: true,
  },
  {
    key: 'client.matchContacts',
    label: 'Contacts offered for recipients',
    values: 'synchronized (only records in local data) / all',
    effect:
      'Narrows the contacts the recipient list offers; with no local data, "synchronized" ' +
      'offers the contacts you own.',
    inEffect: true,
  },
  {
    key: 'client.matchOtherRecords',
    label: 'Other records offered for recipients',
    values: 'none / owned (mine) / all',
    effect:
      'Narrows the accounts, leads and queues the recipient list offers; CRM users are always ' +
      'offered.',
    inEffect: true,
  },
  {
    key: 'client.localDataRefreshMinutes',
    label: 'How often the pane refreshes cached CRM data (minutes)',
    values: `minutes, 1 to ${INT32_MAX} ${AS_TEXT}`,
    effect: 'Modelled only: CRM data is read fresh for each message.',
    inEffect: false,
  },
  {
    key: 'client.crmUrl',
    label: 'CRM address (empty: the default)',
    values:
      'an https base URL, or empty; a pasted Web API address (.../api/data/v9.2) is cut back ' +
      'to its base',
    effect: 'The CRM the add-in talks to; empty uses the address built into the add-in.',
    inEffect: true,
  },
];
