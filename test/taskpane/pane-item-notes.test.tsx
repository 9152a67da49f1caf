import { act, screen, waitFor, within } from '@testing-library/react';
import { TrackerError } from '../../src/domain/errors';
import { TRACKED_CATEGORY } from '../../src/domain/tracking-category';
import {
  TRACKED_ACTIVITY_PROPERTY,
  UNTRACKED_BY_USER_PROPERTY,
} from '../../src/outlook/office-host';
import { createMemoryCrm } from './support/memory-crm';
import { messageItem } from './support/messages';
import { renderPane } from './support/render-pane';

jest.setTimeout(15000);

const statusBanner = () => screen.getByRole('status', { name: 'Tracking status' });
const waitForStatus = (pattern: RegExp) => screen.findByText(pattern, {}, { timeout: 3000 });
/** Lets background work that would follow a change run (the fake Office answers in 0 ms). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)));

// Filtering method 2: mail from CRM contacts is tracked automatically; Alice is a contact.
const fromContacts = { usersettings: { incomingemailfilteringmethod: 2 } };

async function untrackShown(user: Awaited<ReturnType<typeof renderPane>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Untrack' }));
  const dialog = await screen.findByRole('dialog', { hidden: true });
  await user.click(within(dialog).getByRole('button', { name: 'Untrack', hidden: true }));
}

describe('a message the user untracked', () => {
  it('is not tracked again by background tracking, now or when shown again', async () => {
    const crm = createMemoryCrm(fromContacts);
    const item = messageItem({ itemId: 'keep-out-1', subject: 'Renewal' });
    const { user, fake } = await renderPane({ crm, item, client: { backgroundTrack: true } });
    await waitForStatus(/^Tracked — /);
    expect(crm.calls.createEmail).toBe(1);

    await untrackShown(user);
    await waitForStatus(/^Not tracked$/);
    await settle();

    expect(statusBanner()).toHaveTextContent(/^Not tracked$/);
    expect(crm.calls.createEmail).toBe(1);
    expect(crm.emails.size).toBe(0);
    expect(screen.queryByText(/Tracked automatically/)).not.toBeInTheDocument();
    expect(screen.getByText(/You untracked this message/)).toBeInTheDocument();
    expect(fake.itemState('keep-out-1').customProperties).toEqual({
      [UNTRACKED_BY_USER_PROPERTY]: '1',
    });

    const stranger = { name: 'Stranger', address: 'someone@unknown.example' };
    await act(() =>
      fake.selectItem(messageItem({ itemId: 'x', subject: 'Other', from: stranger })),
    );
    await screen.findByText('Other');
    await act(() => fake.selectItem(item));
    await screen.findByText(/You untracked this message/);
    await settle();
    expect(crm.calls.createEmail).toBe(1);
  });

  it('is tracked again by a click on Track in CRM, which lifts the mark', async () => {
    const crm = createMemoryCrm(fromContacts);
    const item = messageItem({ itemId: 'keep-out-2', subject: 'Renewal' });
    const { user, fake } = await renderPane({ crm, item, client: { backgroundTrack: true } });
    await waitForStatus(/^Tracked — /);
    await untrackShown(user);
    await waitForStatus(/^Not tracked$/);

    await user.click(screen.getByRole('button', { name: 'Track in CRM' }));

    await waitForStatus(/^Tracked — /);
    expect(crm.emails.size).toBe(1);
    const properties = fake.itemState('keep-out-2').customProperties;
    expect(properties[UNTRACKED_BY_USER_PROPERTY]).toBeUndefined();
    expect(properties[TRACKED_ACTIVITY_PROPERTY]).toBe([...crm.emails.keys()][0]);
  });
});

describe('a track that finishes after the user selected another message', () => {
  it('tags the item once shown again, shows it tracked and never tracks it twice', async () => {
    const crm = createMemoryCrm();
    const gate = crm.hold('createEmail');
    // No Message-ID: only the note on the item can tell that it is tracked.
    const item = messageItem({ itemId: 'no-id', subject: 'No id', messageId: '' });
    const { user, fake } = await renderPane({ crm, item });
    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Pending/);

    await act(() => fake.selectItem(messageItem({ itemId: 'b', subject: 'Second' })));
    await screen.findByText('Second');
    gate.release();
    await waitFor(() => expect(crm.created).toHaveLength(1));
    await settle();
    expect(fake.itemState('b').customProperties).toEqual({});

    await act(() => fake.selectItem(item));
    await waitForStatus(/^Tracked — /);

    expect(screen.queryByText(/could not be noted/)).not.toBeInTheDocument();
    expect(screen.queryByText(/could not be set/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Track in CRM' })).not.toBeInTheDocument();
    const state = fake.itemState('no-id');
    expect(state.customProperties[TRACKED_ACTIVITY_PROPERTY]).toBe(crm.created[0].activityId);
    expect(state.categories).toContain(TRACKED_CATEGORY);
    expect(crm.calls.createEmail).toBe(1);
  });
});

describe('panels that belong to the shown message', () => {
  it('closes Set Regarding when the selection changes', async () => {
    const { user, fake, crm } = await renderPane({
      item: messageItem({ itemId: 'a', subject: 'First' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Set Regarding' }));
    await user.type(await screen.findByRole('searchbox'), 'contoso');
    await screen.findByRole('listbox', { name: 'Matching records' });

    await act(() => fake.selectItem(messageItem({ itemId: 'b', subject: 'Second' })));
    await screen.findByText('Second');

    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(crm.calls.createEmail).toBeUndefined();
  });

  it('closes the Untrack dialog when the selection changes', async () => {
    const item = messageItem({ itemId: 'c', subject: 'Third' });
    const { user, fake, crm } = await renderPane({ item });
    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Tracked — /);
    await user.click(screen.getByRole('button', { name: 'Untrack' }));
    await screen.findByRole('dialog', { hidden: true });

    await act(() => fake.selectItem(messageItem({ itemId: 'd', subject: 'Fourth' })));
    await screen.findByText('Fourth');

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(crm.calls.deleteEmail).toBeUndefined();
  });
});

describe('what the pane says after a failure', () => {
  it('says Tracked when the CRM created the email but its answer was lost', async () => {
    const crm = createMemoryCrm();
    const create = crm.createEmail.bind(crm);
    crm.createEmail = async (draft) => {
      await create(draft);
      throw new TrackerError('CrmUnavailable', 'Failed to fetch');
    };
    const { user } = await renderPane({
      crm,
      item: messageItem({ itemId: 'lost-1', subject: 'Lost answer' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));

    await waitForStatus(/^Tracked — /);
    expect(
      screen.getByText(/answer of the CRM was lost, but the message is tracked/),
    ).toBeVisible();
    expect(screen.queryByText(/^Failed/)).not.toBeInTheDocument();
    expect(crm.emails.size).toBe(1);
  });

  it('says the CRM does not know the mailbox user, with what the server said', async () => {
    const crm = createMemoryCrm();
    const said =
      "The user with address 'bob@fabrikam.example' is not a member of the organization.";
    crm.failNext(
      'whoAmI',
      new TrackerError('CrmRejected', said, { status: 401, serverCode: '0x80072560' }),
    );
    await renderPane({ crm, item: messageItem({ itemId: 'who-1', subject: 'Hello' }) });

    await waitForStatus(/^Failed: /);
    expect(statusBanner()).toHaveTextContent(`The CRM does not accept this mailbox's user.`);
    expect(statusBanner()).toHaveTextContent(said);
    expect(screen.getByText(/add this mailbox's user to the CRM/)).toBeInTheDocument();
    expect(screen.queryByText(/refused the request/)).not.toBeInTheDocument();
  });
});
