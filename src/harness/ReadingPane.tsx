import type { CatalogEntry } from './message-catalog';
import type { FakeEmailAddress } from './fake-office';

/** The selected message as text (never as HTML: mail content is untrusted). */
export function ReadingPane({ entry }: { entry: CatalogEntry | null }) {
  if (entry === null) {
    return <p className="harness-empty">Select a message to show it here and in the task pane.</p>;
  }
  if (entry.item === null) {
    return (
      <div role="alert">
        <h2>{entry.file}</h2>
        <p>This file could not be read as a message: {entry.problems.join(' ') || 'loading…'}</p>
      </div>
    );
  }

  const item = entry.item;
  return (
    <article>
      <h2>{item.subject.trim() || '(no subject)'}</h2>
      <dl className="harness-headers">
        <dt>From</dt>
        <dd>{item.from ? describe(item.from) : '(none)'}</dd>
        <dt>To</dt>
        <dd>{item.to.map(describe).join('; ') || '(none)'}</dd>
        {item.cc.length > 0 && (
          <>
            <dt>Cc</dt>
            <dd>{item.cc.map(describe).join('; ')}</dd>
          </>
        )}
        <dt>Date</dt>
        <dd>{entry.sentOn ? new Date(entry.sentOn).toUTCString() : 'unknown'}</dd>
        <dt>File</dt>
        <dd>{entry.source === 'added' ? entry.file : entry.id}</dd>
      </dl>
      {entry.problems.length > 0 && (
        <p className="harness-problems">Parser notes: {entry.problems.join(' ')}</p>
      )}
      <pre className="harness-body">{entry.previewText || '(no text body)'}</pre>
    </article>
  );
}

function describe(address: FakeEmailAddress): string {
  return address.displayName
    ? `${address.displayName} <${address.emailAddress}>`
    : address.emailAddress;
}
