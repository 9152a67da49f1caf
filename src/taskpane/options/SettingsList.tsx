import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SETTINGS_REFERENCE, type SettingsLayer } from '../../settings';
import { KeyNote, SettingKey } from './SettingKey';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // A value that differs from the default is marked by a bar as well as by its note.
  changed: {
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  defaultNote: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  detail: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  // Moves to the next line as a whole; splits only when longer than a whole line.
  value: {
    display: 'inline-block',
    maxWidth: '100%',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  // "(empty)" is said in words, so it must not look like a value typed as "(empty)".
  empty: { fontFamily: tokens.fontFamilyBase, fontStyle: 'italic', fontWeight: 'normal' },
});

/** `key = value` on one line where it fits; the value is never split from its "=". */
export function KeyValueLine(props: { name: string; value: unknown; note?: ReactNode }) {
  const styles = useStyles();
  const text = String(props.value);

  // Nothing after "=" would read as a mistake, so an empty value is named.
  return (
    <>
      <SettingKey name={props.name} />{' '}
      <span className={styles.value}>
        ={'\u00a0'}
        {text === '' ? <span className={styles.empty}>(empty)</span> : text}
      </span>
      {props.note}
    </>
  );
}

function shown(value: unknown): string {
  const text = String(value);
  return text === '' ? '(empty)' : text;
}

/**
 * One layer's settings, read-only, for a narrow pane: each setting's plain-words label, and
 * below it `key = value` in a small font. A description list rather than a two-column table, whose
 * value column was too narrow to read at 350 px. With `defaults`, a value that differs from its
 * default is marked and followed by "(default: …)".
 */
export function SettingsList(props: {
  layer: SettingsLayer;
  values: Record<string, unknown>;
  defaults?: Record<string, unknown>;
}) {
  const styles = useStyles();
  const rows = SETTINGS_REFERENCE.filter((row) => row.layer === props.layer);
  return (
    <dl className={styles.list}>
      {rows.map((row) => {
        const value = props.values[row.key];
        const hasDefault = props.defaults !== undefined && row.key in props.defaults;
        const fallback = props.defaults?.[row.key];
        const changed = hasDefault && String(value) !== String(fallback);
        return (
          <div key={row.key} className={mergeClasses(styles.item, changed && styles.changed)}>
            <dt className={styles.label}>{row.label}</dt>
            <dd className={styles.detail}>
              <KeyValueLine
                name={row.key}
                value={value}
                note={
                  <>
                    {changed && (
                      <span className={styles.defaultNote}> (default: {shown(fallback)})</span>
                    )}
                    {!row.inEffect && (
                      <>
                        {' '}
                        <KeyNote>· modelled only</KeyNote>
                      </>
                    )}
                  </>
                }
              />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
