import { DEFAULT_ORGANIZATION_SETTINGS, DEFAULT_USER_SETTINGS } from '../../src/settings';
import { utc, type GuidCounter, type RowRef, type SeedRow } from './rows';

/**
 * The organization row with the system settings of spec §1.2 at their defaults, and Bob's
 * usersettings row with the personal options of §1.1 at theirs. The values come from
 * src/settings; the generated JSON spells them out.
 */
export function buildOrganization(guids: GuidCounter): SeedRow {
  return {
    organizationid: guids.next('organization'),
    name: 'Fabrikam Demo',
    createdon: utc('2023-01-16T08:00:00Z'),
    ...DEFAULT_ORGANIZATION_SETTINGS,
    // Two defaults spelled out, so the demo shows the XML's shape; the rest take their defaults.
    orgdborgsettings:
      '<OrgSettings><AllowPromoteDuplicates>false</AllowPromoteDuplicates>' +
      '<TrackCategorizedItems>true</TrackCategorizedItems></OrgSettings>',
  };
}

export function buildUserSettings(user: RowRef): SeedRow {
  return {
    systemuserid: user.id,
    ...DEFAULT_USER_SETTINGS,
  };
}
