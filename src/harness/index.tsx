import { createRoot } from 'react-dom/client';
import { mountTaskpane } from '../taskpane/mount';
import { installHarnessOffice, ownerFromQuery } from './harness-mailbox';
import { HarnessApp } from './HarnessApp';

/** The demo harness: the real task pane over a fake Office, with .eml files as the mailbox. */
const owner = ownerFromQuery(window.location.search);
const mailboxListeners = new Set<() => void>();
const fake = installHarnessOffice(window, owner, () => {
  for (const listener of mailboxListeners) listener();
});

const subscribeToMailbox = (listener: () => void) => {
  mailboxListeners.add(listener);
  return () => void mailboxListeners.delete(listener);
};

const root =
  document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(root).render(
  <HarnessApp
    fake={fake}
    owner={owner}
    fetchImpl={window.fetch.bind(window)}
    mountPane={(container, office) =>
      mountTaskpane(container, office, { crmBaseUrl: window.location.origin })
    }
    subscribeToMailbox={subscribeToMailbox}
  />,
);
