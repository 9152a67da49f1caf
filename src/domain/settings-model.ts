/**
 * The shape of the three settings layers (spec §1) after parsing. The settings layer owns the
 * schema, defaults and parsing; the rules only read these types.
 */

/** 0 all; 1 correlated replies; 2 from leads, contacts, accounts; 3 any email-enabled; 4 none. */
export type FilteringMethod = 0 | 1 | 2 | 3 | 4;

/** 0 no; 1 contact; 2 lead. */
export type AutoCreateOnPromote = 0 | 1 | 2;

/** Personal options stored in the usersettings row (spec §1.1). Intervals in minutes. */
export interface UserSettings {
  incomingemailfilteringmethod: FilteringMethod;
  autocreatecontactonpromote: AutoCreateOnPromote;
  issendasallowed: boolean;
  synccontactcompany: boolean;
  isduplicatedetectionenabledwhengoingonline: boolean;
  outlooksyncinterval: number;
  offlinesyncinterval: number;
  addressbooksyncinterval: number;
}

/** Client-only options, always stored locally; keys are written `client.<key>` in the spec. */
export interface ClientOptions {
  backgroundSend: boolean;
  backgroundTrack: boolean;
  autoTagging: boolean;
  matchContacts: 'synchronized' | 'all';
  matchOtherRecords: 'none' | 'owned' | 'all';
  localDataRefreshMinutes: number;
  /** Not in the spec: per-user override of the CRM base URL; '' means the build's default. */
  crmUrl: string;
}

/** System settings of the organization row (spec §1.2). Periods in milliseconds. */
export interface OrganizationSettings {
  emailcorrelationenabled: boolean;
  maximumtrackingnumber: number;
  /** Prefixes separated by ';', current first. */
  trackingprefix: string;
  trackingtokenidbase: number;
  trackingtokeniddigits: number;
  enablesmartmatching: boolean;
  hashfilterkeywords: string;
  hashmaxcount: number;
  hashdeltasubjectcount: number;
  hashminaddresscount: number;
  ignoreinternalemail: boolean;
  isfolderbasedtrackingenabled: boolean;
  requireapprovalforuseremail: boolean;
  requireapprovalforqueueemail: boolean;
  unresolveemailaddressifmultiplematch: boolean;
  allowunresolvedpartiesonemailsend: boolean;
  tagmaxaggressivecycles: number;
  tagpollingperiod: number;
  emailsendpollingperiod: number;
  allowoutlookscheduledsyncs: boolean;
  allowofflinescheduledsyncs: boolean;
  allowaddressbooksyncs: boolean;
  minoutlooksyncinterval: number;
  minofflinesyncinterval: number;
  minaddressbooksyncinterval: number;
}

/** OrgDBOrgSettings the add-in honours (spec §1.3); unknown names are kept in `unknown`. */
export interface OrgDbOrgSettings {
  VerboseErrorsOnPromoteToCRM: 0 | 1;
  ClientDisableTrackingForReplyForwardEmails: 0 | 1;
  OverrideTrackInCrmBehaviour: 0 | 1;
  SendEmailSynchronously: 0 | 1;
  AllowPromoteDuplicates: boolean;
  OverrideV5SenderConflictResolution: boolean;
  UnresolveSenderInCaseOfMultipleMatch: boolean;
  AutoCreateContactOnPromote: boolean;
  DoNotAutoTrackEmail: boolean;
  SSSForceFilteringMethodForUserMailboxes: -1 | FilteringMethod;
  HideTrackAllOption: boolean;
  HideEmailAutoTrackOptions: boolean;
  DisableSmartMatching: boolean;
  IgnoreConversationIndexAndInReplyToForCorrelation: boolean;
  DoNotCorrelateForwardedEmailsAsReplies: boolean;
  AutoTrackSentFolderItems: boolean;
  ResolveForInactiveEntities: boolean;
  TrackCategorizedItems: boolean;
  SetRegardingLookupDefaultEntityType: string;
  MaximumSubjectLengthOnMailServer: number;
  BackgroundSendBatchSize: number;
  IgnoreInternalEmailDetectionEnhancement: boolean;
  /** Unknown names, kept as written (shown in the admin view, ignored by the rules). */
  unknown: Record<string, string>;
}

/** Everything the rules read, all layers merged and defaulted. */
export interface TrackingSettings {
  usersettings: UserSettings;
  organization: OrganizationSettings;
  orgdborgsettings: OrgDbOrgSettings;
  client: ClientOptions;
}
