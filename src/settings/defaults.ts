import type {
  ClientOptions,
  OrgDbOrgSettings,
  OrganizationSettings,
  TrackingSettings,
  UserSettings,
} from '../domain/settings-model';

/** Personal options as a new usersettings row has them (spec §1.1). */
export const DEFAULT_USER_SETTINGS: Readonly<UserSettings> = Object.freeze({
  incomingemailfilteringmethod: 1,
  autocreatecontactonpromote: 0,
  issendasallowed: false,
  synccontactcompany: false,
  isduplicatedetectionenabledwhengoingonline: false,
  outlooksyncinterval: 15,
  offlinesyncinterval: 15,
  addressbooksyncinterval: 60,
});

/** Client-only options (spec §1.1, `client.*`). */
export const DEFAULT_CLIENT_OPTIONS: Readonly<ClientOptions> = Object.freeze({
  backgroundSend: true,
  backgroundTrack: true,
  autoTagging: true,
  matchContacts: 'all',
  matchOtherRecords: 'owned',
  localDataRefreshMinutes: 15,
  crmUrl: '',
});

/** System settings of a new organization (spec §1.2). */
export const DEFAULT_ORGANIZATION_SETTINGS: Readonly<OrganizationSettings> = Object.freeze({
  emailcorrelationenabled: true,
  maximumtrackingnumber: 999,
  trackingprefix: 'CRM:',
  trackingtokenidbase: 0,
  trackingtokeniddigits: 3,
  enablesmartmatching: false,
  hashfilterkeywords: '^[\\s]*([\\w]+\\s?:[\\s]*)+',
  hashmaxcount: 20,
  hashdeltasubjectcount: 0,
  hashminaddresscount: 2,
  ignoreinternalemail: false,
  isfolderbasedtrackingenabled: false,
  requireapprovalforuseremail: false,
  requireapprovalforqueueemail: false,
  unresolveemailaddressifmultiplematch: false,
  allowunresolvedpartiesonemailsend: false,
  tagmaxaggressivecycles: 2,
  tagpollingperiod: 600000,
  emailsendpollingperiod: 600000,
  allowoutlookscheduledsyncs: true,
  allowofflinescheduledsyncs: true,
  allowaddressbooksyncs: true,
  minoutlooksyncinterval: 900000,
  minofflinesyncinterval: 900000,
  minaddressbooksyncinterval: 3600000,
});

/** OrgDBOrgSettings when the XML does not name them (spec §1.3). */
export const DEFAULT_ORGDB_ORG_SETTINGS: Readonly<OrgDbOrgSettings> = Object.freeze({
  VerboseErrorsOnPromoteToCRM: 0,
  ClientDisableTrackingForReplyForwardEmails: 0,
  OverrideTrackInCrmBehaviour: 0,
  SendEmailSynchronously: 0,
  AllowPromoteDuplicates: false,
  OverrideV5SenderConflictResolution: false,
  UnresolveSenderInCaseOfMultipleMatch: false,
  AutoCreateContactOnPromote: true,
  DoNotAutoTrackEmail: false,
  SSSForceFilteringMethodForUserMailboxes: -1,
  HideTrackAllOption: false,
  HideEmailAutoTrackOptions: false,
  DisableSmartMatching: false,
  IgnoreConversationIndexAndInReplyToForCorrelation: false,
  DoNotCorrelateForwardedEmailsAsReplies: false,
  AutoTrackSentFolderItems: false,
  ResolveForInactiveEntities: false,
  TrackCategorizedItems: true,
  SetRegardingLookupDefaultEntityType: '',
  MaximumSubjectLengthOnMailServer: 255,
  BackgroundSendBatchSize: 10,
  IgnoreInternalEmailDetectionEnhancement: true,
  unknown: Object.freeze({}) as Record<string, string>,
});

/** Every layer at its default; a fresh copy each call so callers may change it. */
export function defaultSettings(): TrackingSettings {
  return {
    usersettings: { ...DEFAULT_USER_SETTINGS },
    organization: { ...DEFAULT_ORGANIZATION_SETTINGS },
    orgdborgsettings: { ...DEFAULT_ORGDB_ORG_SETTINGS, unknown: {} },
    client: { ...DEFAULT_CLIENT_OPTIONS },
  };
}

/** Every layer at its default (frozen; use `defaultSettings()` for a copy to change). */
export const DEFAULT_SETTINGS: TrackingSettings = Object.freeze({
  usersettings: DEFAULT_USER_SETTINGS,
  organization: DEFAULT_ORGANIZATION_SETTINGS,
  orgdborgsettings: DEFAULT_ORGDB_ORG_SETTINGS,
  client: DEFAULT_CLIENT_OPTIONS,
});
