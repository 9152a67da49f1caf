/**
 * Defaults of the usersettings and organization rows (spec §1.1, §1.2), used when the seed has
 * no row and to fill columns a seed row leaves out.
 */
export const USERSETTINGS_DEFAULTS: Readonly<Record<string, string | number | boolean>> = {
  incomingemailfilteringmethod: 1,
  autocreatecontactonpromote: 0,
  issendasallowed: false,
  synccontactcompany: false,
  isduplicatedetectionenabledwhengoingonline: false,
  outlooksyncinterval: 15,
  offlinesyncinterval: 15,
  addressbooksyncinterval: 60,
  uilanguageid: 1033,
  timezonecode: 85,
};

export const DEFAULT_ORGANIZATION_ID = '6f1e1a52-0b2c-4e8e-9d3a-2f7c1c0a0001';

export const ORGANIZATION_DEFAULTS: Readonly<Record<string, string | number | boolean>> = {
  name: 'Fabrikam Demo',
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
  orgdborgsettings: '<OrgSettings></OrgSettings>',
};

/** Column types for the declared columns, read off the defaults. */
export function columnTypesOf(
  defaults: Readonly<Record<string, string | number | boolean>>,
): string {
  return Object.entries(defaults)
    .map(([name, value]) => `${name}:${typeof value}`)
    .join(' ');
}
