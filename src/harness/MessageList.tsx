import type { CatalogEntry, MessageSource } from './message-catalog';

interface MessageListProps {
  entries: CatalogEntry[];
  selectedId: string | null;
  onSelect: (entry: CatalogEntry) => void;
  /** The Outlook categories on an entry's item (for example "Tracked to CRM"). */
  categoriesOf: (entry: CatalogEntry) => string[];
}

const GROUPS: { source: MessageSource; heading: string }[] = [
  { source: 'added', heading: 'Added files' },
  { source: 'samples', heading: 'Samples' },
  { source: 'corpus', heading: 'Corpus' },
];

const BADGE: Record<MessageSource, string> = {
  samples: 'sample',
  corpus: 'corpus',
  added: 'added',
};

/** The mailbox's message list, grouped by where each message comes from. */
export function MessageList({ entries, selectedId, onSelect, categoriesOf }: MessageListProps) {
  return (
    <>
      {GROUPS.map(({ source, heading }) => {
        const group = entries.filter((entry) => entry.source === source);
        if (group.length === 0) return null;
        const headingId = `harness-group-${source}`;
        return (
          <section key={source} aria-labelledby={headingId} className="harness-group">
            <h2 id={headingId}>
              {heading} <span className="harness-count">({group.length})</span>
            </h2>
            <ul className="harness-list">
              {group.map((entry) => (
                <li key={entry.id}>
                  <MessageButton
                    entry={entry}
                    selected={entry.id === selectedId}
                    categories={categoriesOf(entry)}
                    onSelect={onSelect}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

interface MessageButtonProps {
  entry: CatalogEntry;
  selected: boolean;
  categories: string[];
  onSelect: (entry: CatalogEntry) => void;
}

function MessageButton({ entry, selected, categories, onSelect }: MessageButtonProps) {
  const item = entry.item;
  return (
    <button
      type="button"
      className="harness-message"
      title={entry.file}
      aria-current={selected ? 'true' : undefined}
      aria-busy={entry.state === 'loading' ? 'true' : undefined}
      disabled={entry.state === 'loading'}
      onClick={() => onSelect(entry)}
    >
      <span className="harness-subject">
        {item === null ? entry.file : item.subject.trim() || '(no subject)'}
      </span>
      <span className="harness-people">{peopleLine(entry)}</span>
      <span className="harness-badges">
        <span className="harness-badge">{BADGE[entry.source]}</span>
        {item !== null && (
          <span className="harness-badge">{entry.sentByOwner ? 'Sent Items' : 'Inbox'}</span>
        )}
        {categories.map((category) => (
          <span key={category} className="harness-badge harness-category">
            {category}
          </span>
        ))}
      </span>
    </button>
  );
}

/** Who the row names: the sender, or for Sent Items the recipients, as Outlook lists them. */
function peopleLine(entry: CatalogEntry): string {
  if (entry.state === 'loading') return 'Loading…';
  if (entry.state === 'failed' || entry.item === null) {
    return `Could not be read: ${entry.problems[0] ?? 'unknown error'}`;
  }
  const show = (a: { displayName: string; emailAddress: string }) =>
    a.displayName || a.emailAddress;
  if (entry.sentByOwner) {
    const recipients = entry.item.to.map(show).join(', ');
    return `To: ${recipients || '(no recipients)'}`;
  }
  return entry.item.from ? show(entry.item.from) : '(no sender)';
}
