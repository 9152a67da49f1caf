import { useEffect, useState, type KeyboardEvent } from 'react';
import {
  Button,
  Field,
  makeStyles,
  SearchBox,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { REGARDING_TABLES, type RecordRef } from '../domain/crm-records';
import type { RegardingCandidate } from '../crm/crm-client';
import type { QuickChoice } from './quick-choices';
import { recordText } from './record-text';
import { useRovingFocus } from './useRovingFocus';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  result: { justifyContent: 'flex-start', textAlign: 'start', width: '100%' },
  option: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  heading: { margin: `${tokens.spacingVerticalXS} 0` },
  choices: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  choiceText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
});

const GROUP_TITLES: Record<string, string> = {
  account: 'Accounts',
  contact: 'Contacts',
  lead: 'Leads',
  opportunity: 'Opportunities',
  incident: 'Cases',
};

export interface RegardingSearchProps {
  search: (text: string) => Promise<RegardingCandidate[]>;
  /** SetRegardingLookupDefaultEntityType: the table listed first. */
  firstTable: string;
  /** Records offered before any search: the correlation's suggestion, the sender's record. */
  choices: readonly QuickChoice[];
  /** Tracked: choosing changes the regarding; untracked: choosing tracks. */
  tracked: boolean;
  onChoose: (record: RecordRef) => void;
  onClose: () => void;
  debounceMs?: number;
}

/** Shorter names would match too much of the CRM to be useful. */
const MIN_QUERY_LENGTH = 2;

/** Set Regarding: searches accounts, contacts, leads, opportunities and cases by name. */
export function RegardingSearch(props: RegardingSearchProps) {
  const styles = useStyles();
  const { search, debounceMs = 250 } = props;
  const [text, setText] = useState('');
  const [results, setResults] = useState<RegardingCandidate[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const tooShort = text.trim().length > 0 && text.trim().length < MIN_QUERY_LENGTH;

  useEffect(() => {
    const query = text.trim();
    if (query.length < MIN_QUERY_LENGTH) {
      setResults(null);
      setSearching(false);
      return;
    }

    // Only the answer to the latest text is shown.
    let current = true;
    setSearching(true);
    const timer = setTimeout(() => {
      search(query)
        .then((found) => current && (setResults(found), setProblem(null)))
        .catch((error: unknown) => current && setProblem(errorText(error)))
        .finally(() => current && setSearching(false));
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, search, debounceMs]);

  const choose = (record: RecordRef) =>
    props.onChoose({ table: record.table, id: record.id, name: record.name });
  const groups = results ? groupByTable(results, props.firstTable) : [];
  const roving = useRovingFocus(results?.length ?? 0);
  let optionIndex = 0;

  // Escape first clears the search text, then closes the panel; ArrowDown enters the results.
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && roving.focusFirst()) {
      event.preventDefault();
    } else if (event.key === 'Escape' && text !== '') {
      // Handled here rather than left to the browser, so that the panel does not close too.
      event.preventDefault();
      event.stopPropagation();
      setText('');
    }
  };
  const onPanelKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      props.onClose();
    }
  };

  return (
    // The keys bubble up from the controls inside; the section itself is not focusable.
    <section className={styles.panel} aria-label="Set Regarding" onKeyDown={onPanelKeyDown}>
      <Text size={200}>
        {props.tracked
          ? 'Choose a record to change what the tracked email is regarding.'
          : 'Choose a record to track this message regarding it.'}
      </Text>
      {props.choices.length > 0 && (
        <div className={styles.choices} role="group" aria-label="Quick choices">
          {props.choices.map((choice) => (
            <Button
              key={`${choice.record.table}:${choice.record.id}`}
              className={styles.result}
              onClick={() => choose(choice.record)}
            >
              <span className={styles.choiceText}>
                <span>{recordText(choice.record)}</span>
                <Text size={200}>{choice.why}</Text>
              </span>
            </Button>
          ))}
        </div>
      )}

      <Field
        label="Search accounts, contacts, leads, opportunities and cases"
        hint={`Search needs at least ${MIN_QUERY_LENGTH} characters.`}
      >
        <SearchBox
          value={text}
          onChange={(_, data) => setText(data.value)}
          onKeyDown={onSearchKeyDown}
          placeholder="Search by name"
          autoFocus
        />
      </Field>
      {tooShort && (
        <Text role="status">Type at least {MIN_QUERY_LENGTH} characters to search.</Text>
      )}
      {searching && <Spinner size="tiny" label="Searching…" />}
      {problem && <Text role="alert">Search failed: {problem}</Text>}
      {results && results.length === 0 && <Text>No active record has that name.</Text>}
      {results && results.length > 0 && (
        <div
          role="listbox"
          aria-label="Matching records"
          ref={roving.listRef}
          onKeyDown={roving.onKeyDown}
        >
          {groups.map(([table, rows]) => (
            <div key={table} role="group" aria-label={GROUP_TITLES[table] ?? table}>
              <Text as="p" weight="semibold" className={styles.heading} aria-hidden>
                {GROUP_TITLES[table] ?? table}
              </Text>
              {rows.map((row) => (
                // The visible text is the accessible name; the group names the table.
                <div
                  key={`${row.table}:${row.id}`}
                  role="option"
                  aria-selected={false}
                  {...roving.optionProps(optionIndex++)}
                  className={styles.option}
                  onClick={() => choose(row)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      choose(row);
                    }
                  }}
                >
                  {row.name}
                  {row.detail && (
                    <>
                      {' — '}
                      <Text size={200}>{row.detail}</Text>
                    </>
                  )}
                </div>
              ))}
            </div>
          ))}
        </div>
      )}

      <Button appearance="subtle" onClick={props.onClose}>
        Close Set Regarding
      </Button>
    </section>
  );
}

/** Groups in REGARDING_TABLES order, the default table first; unknown tables last. */
export function groupByTable(
  rows: readonly RegardingCandidate[],
  firstTable: string,
): [string, RegardingCandidate[]][] {
  const order: string[] = [...REGARDING_TABLES];
  const first = firstTable.trim().toLowerCase();
  if (order.includes(first)) {
    order.splice(order.indexOf(first), 1);
    order.unshift(first);
  }

  const groups = new Map<string, RegardingCandidate[]>();
  for (const row of rows) {
    groups.set(row.table, [...(groups.get(row.table) ?? []), row]);
  }
  const rank = (table: string) => (order.includes(table) ? order.indexOf(table) : order.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
