import { Fragment } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  key: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  // Kept whole: it moves to the next line rather than splitting ("no effect / yet").
  note: { display: 'inline-block' },
});

/**
 * The key split where a reader would break it: after a dot and where a small letter or digit
 * meets a capital (`IgnoreConversation|Index|And|In|Reply|To|For|Correlation`).
 */
export function keyParts(key: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let index = 1; index < key.length; index++) {
    const before = key[index - 1];
    const camelJoin = /[a-z0-9]/.test(before) && /[A-Z]/.test(key[index]);
    if (before === '.' || camelJoin) {
      parts.push(key.slice(start, index));
      start = index;
    }
  }
  parts.push(key.slice(start));
  return parts;
}

/**
 * A setting's key in a monospace font. The pane is ~350 px wide and some keys are longer than
 * that, so a key may wrap: first at its word joins, and anywhere only if a part still does not fit.
 */
export function SettingKey(props: { name: string; className?: string }) {
  const styles = useStyles();
  return (
    <code className={mergeClasses(styles.key, props.className)}>
      {keyParts(props.name).map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </code>
  );
}

/** A short note after a key ("modelled only") that never splits across lines. */
export function KeyNote(props: { children: string }) {
  const styles = useStyles();
  return <span className={styles.note}>{props.children}</span>;
}
