import { act, screen, waitFor, within } from '@testing-library/react';
import { TRACKING_ORIGIN_PROPERTY } from '../../src/outlook/office-host';
import { BOB, CONTOSO_DEAL, createMemoryCrm } from './support/memory-crm';
import { messageItem } from './support/messages';
import { renderPane } from './support/render-pane';

jest.setTimeout(15000);

const waitForStatus = (pattern: RegExp) => screen.findByText(pattern, {}, { timeout: 3000 });
const card = () => within(screen.getByRole('region', { name: 'Automatic tracking' }));

describe('a message tracked elsewhere and tagged here', () => {
  it('stays a Duplicate tracked elsewhere when shown again after automatic tagging', async () => {
    const crm = createMemoryCrm();
    const item = messageItem({ itemId: 'dup-1', subject: 'Purchase order' });
    // Bob tracked the same message in April, from another item.
    crm.emails.set('e-april', {
      activityId: 'e-april',
      messageId: item.internetMessageId,
      direction: 'incoming',
      trackingToken: null,
      subject: 'Purchase order',
      regarding: CONTOSO_DEAL,
      ownerId: BOB.id,
      ownerName: BOB.name,
      createdOn: '2024-04-10T10:00:00Z',
    });
    const { fake } = await renderPane({ crm, item });

    await waitForStatus(/^Tracked — /);
    expect(card().getByText('Duplicate')).toBeInTheDocument();
    await waitFor(() =>
      expect(fake.itemState('dup-1').customProperties[TRACKING_ORIGIN_PROPERTY]).toBe('tagged'),
    );

    // Away and back: the item now carries the activity id, written by tagging.
    await act(() => fake.selectItem(messageItem({ itemId: 'other', subject: 'Other' })));
    await act(() => fake.selectItem(item));
    await screen.findByText('Purchase order');
    await waitForStatus(/^Tracked — /);
    expect(card().getByText('This message is already tracked elsewhere')).toBeInTheDocument();
    expect(card().getByText('Duplicate')).toBeInTheDocument();
    expect(card().queryByText('NoCorrelationMatch')).not.toBeInTheDocument();
    expect(crm.created).toHaveLength(0);
  });
});

describe('the parties', () => {
  it('says why a sender with only an inactive record is unresolved', async () => {
    await renderPane({
      item: messageItem({
        itemId: 'inactive-1',
        subject: 'Farewell',
        from: { name: 'Grace Whitfield', address: 'grace.whitfield@litware.example' },
      }),
    });

    const list = await screen.findByRole('list', { name: 'Sender and recipients' });
    const from = within(list).getAllByRole('listitem')[0];
    expect(from).toHaveTextContent(/Unresolved/);
    expect(from).toHaveTextContent(
      'An inactive contact Grace Whitfield has this address; inactive records are not used ' +
        'unless ResolveForInactiveEntities is on.',
    );
  });
});

describe('Set Regarding', () => {
  it("offers the sender's record before any search, and tracks regarding it", async () => {
    const { user, crm } = await renderPane({
      item: messageItem({ itemId: 'quick-1', subject: 'Order 20' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Set Regarding' }));
    expect(await screen.findByPlaceholderText('Search by name')).toBeInTheDocument();
    expect(screen.getByText('Search needs at least 2 characters.')).toBeInTheDocument();
    const quick = within(screen.getByRole('group', { name: 'Quick choices' }));
    await user.click(quick.getByRole('button', { name: /Alice Contoso \(contact\)\s*The sender/ }));

    await waitForStatus(/^Tracked — regarding Alice Contoso \(contact\)/);
    expect(crm.created).toHaveLength(1);
  });
});

describe('Diagnostics', () => {
  it('shows the log times in local time, not as UTC ISO text', async () => {
    const { user, log } = await renderPane({ item: null });
    log.error('Something odd.');

    await user.click(await screen.findByRole('button', { name: /Diagnostics/ }));
    const entry = within(screen.getByRole('list', { name: 'Diagnostics log' })).getByText(
      /Something odd\./,
    );
    const time = entry.querySelector('time')!;
    const at = new Date(time.getAttribute('datetime')!);
    expect(Number.isNaN(at.getTime())).toBe(false);
    expect(time.textContent).not.toMatch(/T\d\d:\d\d/);
    expect(time.textContent).toContain(at.getFullYear().toString().slice(-2));
  });
});
