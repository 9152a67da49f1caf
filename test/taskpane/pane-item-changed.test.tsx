import { act, screen, waitFor } from '@testing-library/react';
import { TrackerError } from '../../src/domain/errors';
import { TRACKED_CATEGORY } from '../../src/domain/tracking-category';
import { createMemoryCrm } from './support/memory-crm';
import { messageItem } from './support/messages';
import { renderPane } from './support/render-pane';

jest.setTimeout(15000);

const statusBanner = () => screen.getByRole('status', { name: 'Tracking status' });
const waitForStatus = (pattern: RegExp) => screen.findByText(pattern, {}, { timeout: 3000 });

describe('a pinned pane following the selection', () => {
  it('shows the next message when the selection changes', async () => {
    const { fake } = await renderPane({ item: messageItem({ itemId: 'a', subject: 'First' }) });
    await screen.findByText('First');

    await act(() => fake.selectItem(messageItem({ itemId: 'b', subject: 'Second' })));

    expect(await screen.findByText('Second')).toBeInTheDocument();
    expect(screen.queryByText('First')).not.toBeInTheDocument();
  });

  it('ignores a track that finishes after the selection moved to another message', async () => {
    const crm = createMemoryCrm();
    const gate = crm.hold('createEmail');
    const { user, fake } = await renderPane({
      crm,
      item: messageItem({ itemId: 'a', subject: 'First' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Pending/);

    await act(() => fake.selectItem(messageItem({ itemId: 'b', subject: 'Second' })));
    await screen.findByText('Second');
    expect(statusBanner()).toHaveTextContent(/^Not tracked$/);

    gate.release();
    await waitFor(() => expect(crm.created).toHaveLength(1));
    // The activity is the first message's, and the second message's view is left alone.
    expect(crm.created[0].draft.subject).toBe('First');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('Second')).toBeInTheDocument();
    expect(statusBanner()).toHaveTextContent(/^Not tracked$/);
    expect(fake.itemState('b').categories).not.toContain(TRACKED_CATEGORY);
    expect(screen.getByRole('button', { name: 'Track in CRM' })).toBeEnabled();
  });
});

describe('background tracking', () => {
  // Filtering method 2: mail from CRM contacts is tracked; Alice is a contact.
  const fromContacts = { usersettings: { incomingemailfilteringmethod: 2 } };

  it('tracks a message whose verdict is track, once', async () => {
    const crm = createMemoryCrm(fromContacts);
    const item = messageItem({ itemId: 'auto-1', subject: 'Renewal' });
    const { fake } = await renderPane({ crm, item, client: { backgroundTrack: true } });

    await waitForStatus(/^Tracked — /);
    // Said once, by the verdict card, not again on a line of its own.
    expect(screen.getAllByText(/^Tracked automatically/)).toHaveLength(1);
    expect(screen.getByText(/^Tracked automatically: the sender is the contact/)).toBeVisible();
    expect(crm.calls.createEmail).toBe(1);

    // Coming back to the message shows it tracked; nothing is created again.
    await act(() => fake.selectItem(messageItem({ itemId: 'other', subject: 'Other' })));
    await act(() => fake.selectItem(item));
    await waitForStatus(/^Tracked — /);
    expect(crm.calls.createEmail).toBe(1);
  });

  it('shows a failure once and does not retry', async () => {
    const crm = createMemoryCrm(fromContacts);
    crm.failNext('createEmail', new TrackerError('CrmUnavailable', 'connect ECONNREFUSED'));
    const item = messageItem({ itemId: 'auto-2', subject: 'Renewal' });
    const { fake } = await renderPane({ crm, item, client: { backgroundTrack: true } });

    await waitForStatus(/^Failed: The CRM could not be reached\.$/);
    await act(() => fake.selectItem(messageItem({ itemId: 'x', subject: 'Other' })));
    await act(() => fake.selectItem(item));
    await waitForStatus(/^Failed: /);
    expect(crm.calls.createEmail).toBe(1);
  });

  it('leaves messages whose verdict is skip alone', async () => {
    const crm = createMemoryCrm(fromContacts);
    const item = messageItem({
      itemId: 'auto-3',
      subject: 'Hello',
      from: { name: 'Stranger', address: 'someone@unknown.example' },
    });
    await renderPane({ crm, item, client: { backgroundTrack: true } });

    await screen.findByText('FilteredOut');
    expect(statusBanner()).toHaveTextContent(/^Not tracked$/);
    expect(crm.calls.createEmail).toBeUndefined();
  });
});
