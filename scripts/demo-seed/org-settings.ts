import { utc, type GuidCounter, type RowRef, type SeedRow } from './rows';

/**
 * The organization row with the system settings of spec §1.2 at their defaults, and Bob's
 * usersettings row with the personal options of §1.1 at theirs. Written out here rather than
 * imported from src/settings, so the seed stays plain data that any reader can check.
 */
export function buildOrganization(guids: GuidCounter): SeedRow {
  return {
    organizationid: guids.next('organization'),
    name: 'Fabrikam Demo',
    createdon: utc('2023-01-16T08:00:00Z'),
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
    // Two defaults spelled out, so the demo shows the XML's shape; the rest take their defaults.
    orgdborgsettings:
      '<OrgSettings><AllowPromoteDuplicates>false</AllowPromoteDuplicates>' +
      '<TrackCategorizedItems>true</TrackCategorizedItems></OrgSettings>',
  };
}

export function buildUserSettings(user: RowRef): SeedRow {
  return {
    systemuserid: user.id,
    incomingemailfilteringmethod: 1,
    autocreatecontactonpromote: 0,
    issendasallowed: false,
    synccontactcompany: false,
    isduplicatedetectionenabledwhengoingonline: false,
    outlooksyncinterval: 15,
    offlinesyncinterval: 15,
    addressbooksyncinterval: 60,
  };
}
