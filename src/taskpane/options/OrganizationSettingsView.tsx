import { useId, useState, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { OrgDbOrgSettings, OrganizationSettings } from '../../domain/settings-model';
import { KeyValueLine, SettingsList } from './SettingsList';

const useStyles = makeStyles({
  summary: { cursor: 'pointer', padding: `${tokens.spacingVerticalXS} 0` },
  unknownList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  unknownItem: { fontSize: tokens.fontSizeBase200, padding: `${tokens.spacingVerticalXXS} 0` },
});

/** A <details> whose content is only rendered once opened: the lists are long. */
function Disclosure(props: { summary: string; children: ReactNode }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <details open={open}>
      <summary
        className={styles.summary}
        onClick={(event) => {
          // Controlled, so the content is only rendered while open.
          event.preventDefault();
          setOpen(!open);
        }}
      >
        {props.summary}
      </summary>
      {open && props.children}
    </details>
  );
}

/** The organization settings and OrgDBOrgSettings in force, read-only. */
export function OrganizationSettingsView(props: {
  organization: OrganizationSettings;
  orgdb: OrgDbOrgSettings;
}) {
  const styles = useStyles();
  const unknown = Object.entries(props.orgdb.unknown);
  const headingId = useId();
  const unknownId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Organization settings in force</h3>
      <p>Only an administrator can change these.</p>
      <Disclosure summary="System settings (organization)">
        <SettingsList
          layer="organization"
          values={props.organization as unknown as Record<string, unknown>}
        />
      </Disclosure>
      <Disclosure summary="OrgDBOrgSettings">
        <SettingsList
          layer="orgdborgsettings"
          values={props.orgdb as unknown as Record<string, unknown>}
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
