import { useId, useState, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { OrgDbOrgSettings, OrganizationSettings } from '../../domain/settings-model';
import { SETTINGS_REFERENCE, type SettingsLayer } from '../../settings';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
});

function SettingsTable(props: {
  caption: string;
  layer: SettingsLayer;
  values: Record<string, unknown>;
}) {
  const styles = useStyles();
  const rows = SETTINGS_REFERENCE.filter((row) => row.layer === props.layer);
  return (
    <table className={styles.table}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            Setting
          </th>
          <th scope="col" className={styles.cell}>
            Value
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className={styles.cell}>
              {row.label}
              <br />
              <code>{row.key}</code>
              {row.inEffect ? '' : ' · modelled only'}
            </th>
            <td className={styles.cell}>{String(props.values[row.key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A <details> whose content is only rendered once opened: the tables are long. */
function Disclosure(props: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details open={open}>
      <summary
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
  const unknown = Object.entries(props.orgdb.unknown);
  const headingId = useId();
  const unknownId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Organization settings in force</h3>
      <p>Only an administrator can change these.</p>
      <Disclosure summary="System settings (organization)">
        <SettingsTable
          caption="System settings"
          layer="organization"
          values={props.organization as unknown as Record<string, unknown>}
        />
      </Disclosure>
      <Disclosure summary="OrgDBOrgSettings">
        <SettingsTable
          caption="OrgDBOrgSettings"
          layer="orgdborgsettings"
          values={props.orgdb as unknown as Record<string, unknown>}
        />
        <h4 id={unknownId}>Other names in OrgDBOrgSettings (ignored)</h4>
        {unknown.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul aria-labelledby={unknownId}>
            {unknown.map(([name, value]) => (
              <li key={name}>
                <code>{name}</code> = {value === '' ? '(empty)' : value}
              </li>
            ))}
          </ul>
        )}
      </Disclosure>
    </section>
  );
}
