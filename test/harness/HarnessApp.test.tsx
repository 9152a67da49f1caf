import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder, TextEncoder } from 'node:util';

import { HarnessApp } from '../../src/harness/HarnessApp';
import { installHarnessOffice, ownerFromQuery } from '../../src/harness/harness-mailbox';
import { createOfficeHost } from '../../src/outlook/office-host';
import { OWNER, REPLY_FROM_ALICE, SENT_BY_BOB, TWO_FROM_NO_ID } from '../outlook/eml-fixtures';

// jsdom leaves out the Encoding API that the MIME parser needs.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const FILES: Record<string, string> = {
  '/harness/messages/samples/reply.eml': REPLY_FROM_ALICE,
  '/harness/messages/samples/sent.eml': SENT_BY_BOB,
  '/harness/messages/corpus/two-from.eml': TWO_FROM_NO_ID,
};

const LIST = [
  { id: 'samples/reply.eml', source: 'samples', file: 'reply.eml' },
  { id: 'samples/sent.eml', source: 'samples', file: 'sent.eml' },
  { id: 'corpus/two-from.eml', source: 'corpus', file: 'two-from.eml' },
  { id: 'corpus/gone.eml', source: 'corpus', file: 'gone.eml' },
];

function fakeFetch(url: string): Promise<Response> {
  const body = url === '/harness/messages' ? JSON.stringify(LIST) : FILES[url];
  const bytes = body === undefined ? null : new TextEncoder().encode(body);
  return Promise.resolve({
    ok: bytes !== null,
    status: bytes === null ? 404 : 200,
    json: async () => JSON.parse(body ?? 'null'),
    arrayBuffer: async () => bytes?.buffer.slice(0) ?? new ArrayBuffer(0),
  } as unknown as Response);
}

/** Stands in for the task pane: the real OutlookHost, showing the subject it reads. */
function miniPane(container: HTMLElement, office: typeof Office) {
  const host = createOfficeHost(office);
  const show = async () => {
    const shown = await host.readShownMessage().catch(() => null);
    container.textContent = shown ? `Pane: ${shown.facts.subject}` : 'Pane: nothing selected';
    if (shown) await host.addCategory(shown.itemId, 'Tracked to CRM');
  };
  host.onItemChanged(() => void show());
  void show();
}

function renderHarness() {
  const listeners = new Set<() => void>();
  const fake = installHarnessOffice(window, OWNER, () => listeners.forEach((l) => l()));
  render(
    <HarnessApp
      fake={fake}
      owner={OWNER}
      fetchImpl={fakeFetch as typeof fetch}
      mountPane={miniPane}
      subscribeToMailbox={(listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      }}
    />,
  );
  return fake;
}

beforeEach(() => window.localStorage.clear());

describe('HarnessApp', () => {
  it('lists samples then corpus by decoded subject, sender and badges', async () => {
    renderHarness();
    const reply = await screen.findByRole('button', { name: /RE: Angebot für 500 Lizenzen/ });
    expect(reply).toHaveTextContent('Alice Contoso');
    expect(reply).toHaveTextContent('sample');
    expect(reply).toHaveTextContent('Inbox');

    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Samples (2)', 'Corpus (2)']);

    const corpus = screen.getByRole('region', { name: /Corpus/ });
    await waitFor(() =>
      expect(within(corpus).getByRole('button', { name: /\(no subject\)/ })).toHaveTextContent(
        'corpus',
      ),
    );
    expect(within(corpus).getByRole('button', { name: /gone\.eml/ })).toHaveTextContent(
      'Could not be read: The server answered HTTP 404.',
    );
  });

  it('shows mail the owner sent as in Sent Items, named by its recipients', async () => {
    renderHarness();
    const sent = await screen.findByRole('button', { name: /^Angebot/ });
    expect(sent).toHaveTextContent('To: Alice Contoso');
    expect(sent).toHaveTextContent('Sent Items');
  });

  it('selects the message in the fake Office and the pane follows ItemChanged', async () => {
    const fake = renderHarness();
    const user = userEvent.setup();
    const reply = await screen.findByRole('button', { name: /RE: Angebot/ });

    await user.click(reply);
    expect(reply).toHaveAttribute('aria-current', 'true');
    expect(fake.currentItem()?.internetMessageId).toBe('<reply-01@mail.contoso.example>');
    const pane = screen.getByTestId('task-pane');
    await waitFor(() => expect(pane).toHaveTextContent('Pane: RE: Angebot für 500 Lizenzen'));

    // The pane tagged it: the list shows the category, and it survives a reload.
    await waitFor(() => expect(reply).toHaveTextContent('Tracked to CRM'));
    const reloaded = installHarnessOffice(window, OWNER);
    expect(reloaded.itemState('harness:samples/reply.eml').categories).toEqual(['Tracked to CRM']);
  });

  it('shows a file that cannot be read without selecting anything', async () => {
    const fake = renderHarness();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /RE: Angebot/ }));
    await waitFor(() => expect(fake.currentItem()).not.toBeNull());

    const gone = await screen.findByRole('button', { name: /gone\.eml/ });
    await waitFor(() => expect(gone).toBeEnabled());
    await user.click(gone);
    expect(fake.currentItem()).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('could not be read');
  });

  it('adds a picked .eml file to the list and selects it', async () => {
    const fake = renderHarness();
    const user = userEvent.setup();
    await screen.findByRole('button', { name: /RE: Angebot/ });

    const file = new File(
      [SENT_BY_BOB.replace('Subject: Angebot', 'Subject: Dropped one')],
      'mine.eml',
      {
        type: 'message/rfc822',
      },
    );
    await user.upload(screen.getByLabelText(/Add \.eml files/), file);

    const added = await screen.findByRole('button', { name: /Dropped one/ });
    expect(within(screen.getByRole('region', { name: /Added files/ })).getByRole('button')).toBe(
      added,
    );
    await waitFor(() => expect(added).toHaveAttribute('aria-current', 'true'));
    await waitFor(() => expect(fake.currentItem()?.subject).toBe('Dropped one'));
  });

  it('reads a message without a Date as of an unknown date, and shows no script or style', async () => {
    renderHarness();
    const user = userEvent.setup();
    await screen.findByRole('button', { name: /RE: Angebot/ });
    const eml = [
      'From: Alice Contoso <alice@contoso.example>',
      'To: Bob Fabrikam <bob@fabrikam.example>',
      'Subject: Undated',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><head><style>p { color: red }</style></head><body>',
      '<script>document.title = "ran"</script><p>Visible words</p>',
      '</body></html>',
    ].join('\r\n');
    await user.upload(screen.getByLabelText(/Add \.eml files/), new File([eml], 'undated.eml'));

    const reading = await screen.findByRole('region', { name: 'Reading pane' });
    await within(reading).findByRole('heading', { name: 'Undated' });
    const date = within(reading).getByText('Date').nextElementSibling;
    expect(date).toHaveTextContent(/^unknown$/);
    expect(reading).toHaveTextContent('Visible words');
    expect(reading).not.toHaveTextContent('color');
    expect(reading).not.toHaveTextContent('document.title');
    expect(document.title).not.toBe('ran');
  });

  it('leaves the main landmark to the task pane', async () => {
    renderHarness();
    await screen.findByRole('button', { name: /RE: Angebot/ });
    expect(screen.queryAllByRole('main')).toEqual([]);
    expect(screen.getByRole('region', { name: 'Reading pane' })).toBeInTheDocument();
  });
});

describe('ownerFromQuery', () => {
  it.each([
    ['no user: Bob', '', OWNER],
    [
      'a demo user',
      '?user=test@fabrikam.example',
      { address: 'test@fabrikam.example', name: 'Fabrikam Test' },
    ],
    [
      'any address',
      '?user=Carol@Northwind.example',
      { address: 'carol@northwind.example', name: 'carol' },
    ],
    ['a chosen name', '?user=x@y.example&name=Xavier', { address: 'x@y.example', name: 'Xavier' }],
    ['not an address: Bob', '?user=not-an-address', OWNER],
  ])('%s', (_case, search, expected) => {
    expect(ownerFromQuery(search)).toEqual(expected);
  });
});

afterEach(async () => {
  // Let the fake's pending timers settle inside act so React sees no late updates.
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
});
