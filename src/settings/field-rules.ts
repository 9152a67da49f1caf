import type {
  ClientOptions,
  OrgDbOrgSettings,
  OrganizationSettings,
  UserSettings,
} from '../domain/settings-model';
import { API_PATH_DROPPED, checkCrmAddress } from './crm-address';
import { DEFAULT_USER_SETTINGS } from './defaults';
import type { FieldRule, FieldRules } from './read-field';
import {
  baseUrlValue,
  bitValue,
  booleanValue,
  choiceValue,
  integerValue,
  logicalNameValue,
  prefixListValue,
  regExpValue,
} from './value-schemas';

/** How each key of every layer is read (spec §1.1–1.3). */

const flag: FieldRule<boolean> = { schema: booleanValue, mismatch: 'not a boolean' };
const bit: FieldRule<0 | 1> = { schema: bitValue, mismatch: 'not 0 or 1' };

/** The largest value of a Dataverse whole-number column (Int32), the bound of every integer. */
export const INT32_MAX = 2147483647;

function whole(min: number, max: number = INT32_MAX): FieldRule<number> {
  return { schema: integerValue, mismatch: 'not a whole number', min, max };
}

/**
 * An option set whose values run from min to max without gaps: a whole number outside it is
 * clamped to the nearest end (spec §1: "a value out of range is clamped"), anything else takes
 * the default.
 */
function optionRange<const T extends number>(values: readonly T[]): FieldRule<T> {
  const min = Math.min(...values);
  const max = Math.max(...values);
  // The schema reads a whole number; the clamp to [min, max] makes it one of the values.
  const schema = integerValue as unknown as FieldRule<T>['schema'];
  return { schema, mismatch: `not a whole number from ${min} to ${max}`, min, max };
}

function choice<const T extends string>(values: readonly T[]): FieldRule<T> {
  return { schema: choiceValue(values), mismatch: `not one of ${values.join(', ')}` };
}

const MS_PER_MINUTE = 60000;

/** The smallest interval in minutes an org minimum in milliseconds allows (at least 1). */
export function minimumMinutes(milliseconds: number): number {
  return Math.max(1, Math.ceil(milliseconds / MS_PER_MINUTE));
}

/** The largest `maximumtrackingnumber` accepted: nine counter digits. */
export const MAX_TRACKING_NUMBER = 999999999;

/** Personal defaults, the sync intervals raised to the organization's minimums if need be. */
export function userSettingsDefaults(org: OrganizationSettings): UserSettings {
  return {
    ...DEFAULT_USER_SETTINGS,
    outlooksyncinterval: Math.max(
      DEFAULT_USER_SETTINGS.outlooksyncinterval,
      minimumMinutes(org.minoutlooksyncinterval),
    ),
    offlinesyncinterval: Math.max(
      DEFAULT_USER_SETTINGS.offlinesyncinterval,
      minimumMinutes(org.minofflinesyncinterval),
    ),
    addressbooksyncinterval: Math.max(
      DEFAULT_USER_SETTINGS.addressbooksyncinterval,
      minimumMinutes(org.minaddressbooksyncinterval),
    ),
  };
}

/** Personal options; the sync intervals are clamped to the organization's minimums. */
export function userSettingsRules(org: OrganizationSettings): FieldRules<UserSettings> {
  return {
    incomingemailfilteringmethod: optionRange([0, 1, 2, 3, 4]),
    autocreatecontactonpromote: optionRange([0, 1, 2]),
    issendasallowed: flag,
    synccontactcompany: flag,
    isduplicatedetectionenabledwhengoingonline: flag,
    outlooksyncinterval: whole(minimumMinutes(org.minoutlooksyncinterval)),
    offlinesyncinterval: whole(minimumMinutes(org.minofflinesyncinterval)),
    addressbooksyncinterval: whole(minimumMinutes(org.minaddressbooksyncinterval)),
  };
}

export const CLIENT_OPTION_RULES: FieldRules<ClientOptions> = {
  backgroundSend: flag,
  backgroundTrack: flag,
  autoTagging: flag,
  matchContacts: choice(['synchronized', 'all']),
  matchOtherRecords: choice(['none', 'owned', 'all']),
  localDataRefreshMinutes: whole(1),
  crmUrl: {
    schema: baseUrlValue,
    mismatch: 'not an https address without a query',
    changed: (raw) => {
      const checked = typeof raw === 'string' ? checkCrmAddress(raw) : null;
      return checked?.ok && checked.apiPathDropped ? API_PATH_DROPPED : null;
    },
  },
};

export const ORGANIZATION_RULES: FieldRules<OrganizationSettings> = {
  emailcorrelationenabled: flag,
  maximumtrackingnumber: whole(0, MAX_TRACKING_NUMBER),
  trackingprefix: { schema: prefixListValue, mismatch: 'not a list of prefixes' },
  trackingtokenidbase: whole(0),
  trackingtokeniddigits: whole(1, 9),
  enablesmartmatching: flag,
  hashfilterkeywords: { schema: regExpValue, mismatch: 'not a valid regular expression' },
  hashmaxcount: whole(1),
  hashdeltasubjectcount: whole(0),
  hashminaddresscount: whole(0),
  ignoreinternalemail: flag,
  isfolderbasedtrackingenabled: flag,
  requireapprovalforuseremail: flag,
  requireapprovalforqueueemail: flag,
  unresolveemailaddressifmultiplematch: flag,
  allowunresolvedpartiesonemailsend: flag,
  tagmaxaggressivecycles: whole(0),
  tagpollingperiod: whole(0),
  emailsendpollingperiod: whole(0),
  allowoutlookscheduledsyncs: flag,
  allowofflinescheduledsyncs: flag,
  allowaddressbooksyncs: flag,
  minoutlooksyncinterval: whole(0),
  minofflinesyncinterval: whole(0),
  minaddressbooksyncinterval: whole(0),
};

export type KnownOrgDbSettings = Omit<OrgDbOrgSettings, 'unknown'>;

export const ORGDB_RULES: FieldRules<KnownOrgDbSettings> = {
  VerboseErrorsOnPromoteToCRM: bit,
  ClientDisableTrackingForReplyForwardEmails: bit,
  OverrideTrackInCrmBehaviour: bit,
  SendEmailSynchronously: bit,
  AllowPromoteDuplicates: flag,
  OverrideV5SenderConflictResolution: flag,
  UnresolveSenderInCaseOfMultipleMatch: flag,
  AutoCreateContactOnPromote: flag,
  DoNotAutoTrackEmail: flag,
  SSSForceFilteringMethodForUserMailboxes: optionRange([-1, 0, 1, 2, 3, 4]),
  HideTrackAllOption: flag,
  HideEmailAutoTrackOptions: flag,
  DisableSmartMatching: flag,
  IgnoreConversationIndexAndInReplyToForCorrelation: flag,
  DoNotCorrelateForwardedEmailsAsReplies: flag,
  AutoTrackSentFolderItems: flag,
  ResolveForInactiveEntities: flag,
  TrackCategorizedItems: flag,
  SetRegardingLookupDefaultEntityType: {
    schema: logicalNameValue,
    mismatch: 'not a table logical name',
  },
  MaximumSubjectLengthOnMailServer: whole(255, 400),
  BackgroundSendBatchSize: whole(1, 255),
  IgnoreInternalEmailDetectionEnhancement: flag,
};
