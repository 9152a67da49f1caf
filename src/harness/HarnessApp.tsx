import { useCallback, useEffect, useRef, useState } from 'react';
import type { FakeOffice } from './fake-office';
import type { MailboxOwner } from './harness-mailbox';
import type { CatalogEntry } from './message-catalog';
import { AddMessages } from './AddMessages';
import { MessageList } from './MessageList';
import { ReadingPane } from './ReadingPane';
import { HARNESS_CSS } from './harness-styles';
import { useMessageCatalog } from './useMessageCatalog';

export interface HarnessAppProps {
  fake: FakeOffice;
  owner: MailboxOwner;
  fetchImpl: typeof fetch;
  /** Mounts the task pane into its column (mountTaskpane; tests pass a stand-in). */
  mountPane: (container: HTMLElement, office: typeof Office) => void;
  /** Tells the page when the fake mailbox's state changes (categories, tracked ids). */
  subscribeToMailbox?: (listener: () => void) => () => void;
}

/** A small stand-in for an Outlook mailbox: message list, reading pane, and the real pane. */
export function HarnessApp({
  fake,
  owner,
  fetchImpl,
  mountPane,
  subscribeToMailbox,
}: HarnessAppProps) {
  const catalog = useMessageCatalog(fetchImpl, owner.address);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [, setMailboxVersion] = useState(0);
  const paneRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);

  useEffect(() => {
    if (mounted.current || paneRef.current === null) return;
    mounted.current = true;
    mountPane(paneRef.current, fake.office);
  }, [fake, mountPane]);

  useEffect(
    () => subscribeToMailbox?.(() => setMailboxVersion((version) => version + 1)),
    [subscribeToMailbox],
  );

  const select = useCallback(
    (entry: CatalogEntry) => {
      setSelectedId(entry.id);
      // The pane follows through ItemChanged, as in Outlook; a failed file selects nothing.
      void fake.selectItem(entry.item);
    },
    [fake],
  );

  const addFiles = async (files: File[]) => {
    const ids = await catalog.addFiles(files);
    setSelectedId(ids[ids.length - 1] ?? null);
  };

  // Selecting an added file once it has been read (addFiles resolves after parsing).
  const selected = catalog.entries.find((entry) => entry.id === selectedId) ?? null;
  useEffect(() => {
    if (selected !== null && selected.state !== 'loading' && fake.currentItem() !== selected.item) {
      void fake.selectItem(selected.item);
    }
  }, [fake, selected]);

  return (
    <div className="harness">
      <style>{HARNESS_CSS}</style>
      <nav className="harness-column" aria-label="Messages">
        <header>
          <h1>Mailbox of {owner.name}</h1>
          <div>{owner.address}</div>
        </header>
        <AddMessages onFiles={(files) => void addFiles(files)} />
        {catalog.listError !== null && <p role="alert">{catalog.listError}</p>}
        <MessageList
          entries={catalog.entries}
          selectedId={selectedId}
          onSelect={select}
          categoriesOf={(entry) => (entry.item ? fake.itemState(entry.item.itemId).categories : [])}
        />
      </nav>
      {/* The pane brings its own main landmark, as in Outlook; so this page has none. */}
      <section className="harness-column harness-reading" aria-label="Reading pane">
        <ReadingPane entry={selected} />
      </section>
      <div className="harness-column harness-pane" data-testid="task-pane">
        <div ref={paneRef} />
      </div>
    </div>
  );
}
