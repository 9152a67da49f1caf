import { useState, type ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Styled as a heading, with a chevron that turns when open: the browser's marker is hidden.
  summary: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    cursor: 'pointer',
    listStyle: 'none',
    padding: `${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    '::-webkit-details-marker': { display: 'none' },
    ':hover': { color: tokens.colorBrandForeground1 },
  },
  chevron: {
    display: 'inline-block',
    width: '0.45em',
    height: '0.45em',
    borderRight: `${tokens.strokeWidthThick} solid currentColor`,
    borderBottom: `${tokens.strokeWidthThick} solid currentColor`,
    transform: 'rotate(-45deg)',
    transitionProperty: 'transform',
    transitionDuration: tokens.durationFaster,
  },
  chevronOpen: { transform: 'rotate(45deg)' },
});

/**
 * A collapsed section whose content is only rendered once opened: the lists are long and Fluent
 * controls are costly to render. `forceOpen` keeps it open (a field inside has an error).
 */
export function Disclosure(props: { summary: string; forceOpen?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const [opened, setOpened] = useState(false);
  const open = opened || props.forceOpen === true;
  return (
    <details open={open}>
      <summary
        className={styles.summary}
        onClick={(event) => {
          // Controlled, so the content is only rendered while open.
          event.preventDefault();
          setOpened(!open);
        }}
      >
        <span
          aria-hidden="true"
          className={mergeClasses(styles.chevron, open && styles.chevronOpen)}
        />
        {props.summary}
      </summary>
      {open && props.children}
    </details>
  );
}
