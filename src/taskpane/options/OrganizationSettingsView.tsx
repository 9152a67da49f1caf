import { useId } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { OrgDbOrgSettings, OrganizationSettings } from '../../domain/settings-model';
import {
  DEFAULT_ORGANIZATION_SETTINGS,
  DEFAULT_ORGDB_ORG_SETTINGS,
  type SettingsSourceKind,
} from '../../settings';
import { Disclosure } from './Disclosure';
import { KeyValueLine, SettingsList } from './SettingsList';

const useStyles = makeStyles({
  unknownList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  unknownItem: { fontSize: tokens.fontSizeBase200, padding: `${tokens.spacingVerticalXXS} 0` },
  request: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

/** Who changes the organization settings, and where. */
function WhereToChange(props: { source: SettingsSourceKind; organizationId?: string }) {
  const styles = useStyles();
  if (props.source === 'local') {
    return (
      <p>These come from the settings document on this device; change them in the editor below.</p>
    );
  }
  return (
    <p>
      An administrator changes these in the CRM.
      {props.organizationId !== undefined && (
        <>
          {' '}
          With the bundled mock CRM, that is a PATCH to{' '}
          <code className={styles.request}>
            /api/data/v9.2/organizations({props.organizationId})
          </code>
          .
        </>
      )}
    </p>
  );
}

/**
 * The organization settings and OrgDBOrgSettings in force, read-only; values that differ from
 * their defaults are marked.
 */
export function OrganizationSettingsView(props: {
  organization: OrganizationSettings;
  orgdb: OrgDbOrgSettings;
  source?: SettingsSourceKind;
  organizationId?: string;
}) {
  const styles = useStyles();
  const unknown = Object.entries(props.orgdb.unknown);
  const headingId = useId();
  const unknownId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Organization settings in force</h3>
      <WhereToChange source={props.source ?? 'service'} organizationId={props.organizationId} />
      <Disclosure summary="System settings (organization)">
        <SettingsList
          layer="organization"
          values={props.organization as unknown as Record<string, unknown>}
          defaults={DEFAULT_ORGANIZATION_SETTINGS}
        />
      </Disclosure>
      <Disclosure summary="OrgDBOrgSettings">
        <SettingsList
          layer="orgdborgsettings"
          values={props.orgdb as unknown as Record<string, unknown>}
          defaults={DEFAULT_ORGDB_ORG_SETTINGS}
        />
        <h4 id={unknownId}>Other names in OrgDBOrgSettings (ignored)</h4>
        {unknown.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className={styles.unknownList} aria-labelledby={unknownId}>
            {unknown.map(([name, value]) => (
              <li key={name} className={styles.unknownItem}>
                <KeyValueLine name={name} value={value} />
              </li>
            ))}
          </ul>
        )}
      </Disclosure>
    </section>
  );
}
