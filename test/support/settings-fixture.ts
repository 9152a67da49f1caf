import type { TrackingSettings } from '../../src/domain/settings-model';

/**
 * The defaults of spec §1, written out for rule tests so that they do not depend on the settings
 * layer. Keep in step with tracking-rules.md, not with src/settings.
 */
export function specDefaults(): TrackingSettings {
  return {
    usersettings: {
      incomingemailfilteringmethod: 1,
      autocreatecontactonpromote: 0,
      issendasallowed: false,
      synccontactcompany: false,
      isduplicatedetectionenabledwhengoingonline: false,
      outlooksyncinterval: 15,
      offlinesyncinterval: 15,
      addressbooksyncinterval: 60,
    },
    organization: {
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
    },
    orgdborgsettings: {
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
      unknown: {},
    },
    client: {
      backgroundSend: true,
      backgroundTrack: true,
      autoTagging: true,
      matchContacts: 'all',
      matchOtherRecords: 'owned',
      localDataRefreshMinutes: 15,
      crmUrl: '',
    },
  };
}

/** Layer-wise overrides of the spec defaults. */
export interface SettingsOverrides {
  usersettings?: Partial<TrackingSettings['usersettings']>;
  organization?: Partial<TrackingSettings['organization']>;
  orgdborgsettings?: Partial<TrackingSettings['orgdborgsettings']>;
  client?: Partial<TrackingSettings['client']>;
}

export function settingsWith(overrides: SettingsOverrides = {}): TrackingSettings {
  const base = specDefaults();
  return {
    usersettings: { ...base.usersettings, ...overrides.usersettings },
    organization: { ...base.organization, ...overrides.organization },
    orgdborgsettings: { ...base.orgdborgsettings, ...overrides.orgdborgsettings },
    client: { ...base.client, ...overrides.client },
  };
}
