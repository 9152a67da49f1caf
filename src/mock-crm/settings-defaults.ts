import { DEFAULT_ORGANIZATION_SETTINGS, DEFAULT_USER_SETTINGS } from '../settings';

/**
 * Defaults of the usersettings and organization rows (spec §1.1, §1.2), used when the seed has
 * no row and to fill columns a seed row leaves out.
 */
export const USERSETTINGS_DEFAULTS: Readonly<Record<string, string | number | boolean>> = {
  ...DEFAULT_USER_SETTINGS,
  uilanguageid: 1033,
  timezonecode: 85,
};

export const DEFAULT_ORGANIZATION_ID = '6f1e1a52-0b2c-4e8e-9d3a-2f7c1c0a0001';

export const ORGANIZATION_DEFAULTS: Readonly<Record<string, string | number | boolean>> = {
  name: 'Fabrikam Demo',
  ...DEFAULT_ORGANIZATION_SETTINGS,
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
