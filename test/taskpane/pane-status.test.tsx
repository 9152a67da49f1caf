import { screen, waitFor, within } from '@testing-library/react';
import { TrackerError } from '../../src/domain/errors';
import { TRACKED_CATEGORY } from '../../src/domain/tracking-category';
import { createMemoryCrm, CONTOSO_DEAL } from './support/memory-crm';
import { messageItem } from './support/messages';
import { renderPane } from './support/render-pane';

jest.setTimeout(15000);

const statusBanner = () => screen.getByRole('status', { name: 'Tracking status' });

/** Each party row's text, its parts separated by single spaces. */
function partyRows(): string[] {
  const list = screen.getByRole('list', { name: 'Sender and recipients' });
  return within(list)
    .getAllByRole('listitem')
    .map((row) =>
      Array.from(row.querySelectorAll('span'))
        .map((part) => part.textContent)
        .join(' '),
    );
}

async function waitForStatus(pattern: RegExp): Promise<void> {
  await screen.findByText(pattern, {}, { timeout: 3000 });
}

describe('the tracking status of the shown message', () => {
  it('says Not tracked, with the verdict, its reason code and each party', async () => {
    // Background tracking on, filtering method 1 (default): a new thread is not tracked.
    await renderPane({
      item: messageItem({ itemId: 'item-1', subject: 'Quarterly numbers' }),
      client: { backgroundTrack: true },
    });

    await screen.findByText('Quarterly numbers');
    expect(statusBanner()).toHaveTextContent(/^Not tracked$/);
    expect(screen.getByText('NoCorrelationMatch')).toBeInTheDocument();
    expect(screen.getByText(/Not a reply to tracked mail/)).toBeInTheDocument();

    // Each row: role, the display name once, the address in small text, then what it resolved to.
    expect(partyRows()).toEqual([
      'From Alice Contoso Contact alice@contoso.example',
      'To Bob Fabrikam CRM user bob@fabrikam.example',
      // Carol's account belongs to another user: matchOtherRecords 'owned' does not offer it.
      'Cc Carol Northwind Unresolved here carol@northwind.example Hidden by your matching options.',
      'Cc Not SMTP Not an email address not-an-address',
    ]);
    // The sender is the From row only, not repeated under the subject.
    expect(screen.queryByText(/^From Alice/)).not.toBeInTheDocument();
  });

  it('shows the other records when matchOtherRecords is all', async () => {
    await renderPane({
      item: messageItem({ itemId: 'item-1', subject: 'Quarterly numbers' }),
      client: { matchOtherRecords: 'all' },
    });

    await screen.findByRole('list', { name: 'Sender and recipients' });
    expect(partyRows()).toContain(
      'Cc Carol Northwind Account Northwind Traders carol@northwind.example',
    );
  });

  it('says Tracked with the regarding record, who tracked it and when', async () => {
    const crm = createMemoryCrm();
    const item = messageItem({ itemId: 'item-2', subject: 'Licences' });
    await crm.createEmail({
      subject: 'Licences',
      description: '',
      messageId: item.internetMessageId,
      direction: 'incoming',
      sentOn: null,
      trackingToken: null,
      regarding: CONTOSO_DEAL,
      parties: [],
    });

    await renderPane({ crm, item });

    await waitForStatus(/^Tracked — /);
    expect(statusBanner()).toHaveTextContent(
      /^Tracked — regarding Contoso 500 licences \(opportunity\), by Bob Fabrikam, .*2024/,
    );
    expect(screen.getByRole('button', { name: 'Untrack' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Track in CRM' })).not.toBeInTheDocument();
  });

  it('a copy tracked by another user is marked here; only its owner may untrack it', async () => {
    const crm = createMemoryCrm();
    const item = messageItem({ itemId: 'item-7', subject: 'Shared thread' });
    crm.emails.set('e-theirs', {
      activityId: 'e-theirs',
      messageId: item.internetMessageId,
      direction: 'incoming',
      trackingToken: null,
      subject: 'Shared thread',
      regarding: null,
      ownerId: 'u-test',
      ownerName: 'Fabrikam Test',
      createdOn: '2024-05-01T10:00:00Z',
    });

    const { fake } = await renderPane({ crm, item });

    await waitForStatus(/^Tracked — no regarding record, by Fabrikam Test/);
    expect(screen.getByRole('button', { name: 'Untrack' })).toBeDisabled();
    expect(screen.getByText(/only they can untrack it/)).toBeInTheDocument();
    // Automatic tagging (client.autoTagging, on by default) marks the item as tracked.
    await waitFor(() => expect(fake.itemState('item-7').categories).toContain(TRACKED_CATEGORY));
  });

  it('says Pending while the CRM creates the activity, then Tracked', async () => {
    const crm = createMemoryCrm();
    const gate = crm.hold('createEmail');
    const { user, fake } = await renderPane({
      crm,
      item: messageItem({ itemId: 'item-3', subject: 'Order' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Pending/);
    expect(screen.getByRole('button', { name: 'Set Regarding' })).toBeDisabled();

    gate.release();
    await waitForStatus(/^Tracked — no regarding record, by Bob Fabrikam/);
    expect(fake.itemState('item-3').categories).toContain(TRACKED_CATEGORY);
  });

  it('after Track in CRM, says what the rules make of the message, not Duplicate', async () => {
    const { user } = await renderPane({
      item: messageItem({ itemId: 'item-8', subject: 'A new question' }),
      client: { backgroundTrack: true },
    });

    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Tracked — /);
    const card = within(screen.getByRole('region', { name: 'Automatic tracking' }));
    expect(card.getByText('What the tracking rules say')).toBeInTheDocument();
    expect(card.getByText('NoCorrelationMatch')).toBeInTheDocument();
    expect(card.getByText(/^Tracked by hand; the rules alone would not track it/)).toBeVisible();
    expect(card.queryByText('Duplicate')).not.toBeInTheDocument();
  });

  it('a copy tracked elsewhere keeps Duplicate, saying by whom', async () => {
    const crm = createMemoryCrm();
    const item = messageItem({ itemId: 'item-9', subject: 'Shared thread' });
    crm.emails.set('e-theirs', {
      activityId: 'e-theirs',
      messageId: item.internetMessageId,
      direction: 'incoming',
      trackingToken: null,
      subject: 'Shared thread',
      regarding: CONTOSO_DEAL,
      ownerId: 'u-test',
      ownerName: 'Fabrikam Test',
      createdOn: '2024-05-01T10:00:00Z',
    });
    await renderPane({ crm, item, client: { autoTagging: false } });

    await waitForStatus(/^Tracked — /);
    const card = within(screen.getByRole('region', { name: 'Automatic tracking' }));
    expect(card.getByText('This message is already tracked elsewhere')).toBeInTheDocument();
    expect(card.getByText('Duplicate')).toBeInTheDocument();
    // The status line names the regarding record; the card does not repeat it or suggest one.
    expect(
      card.getByText('Another copy of this message is already tracked in CRM by Fabrikam Test.'),
    ).toBeInTheDocument();
    expect(card.queryByText(/Contoso 500 licences|Suggested regarding/)).not.toBeInTheDocument();
    expect(statusBanner()).toHaveTextContent(/regarding Contoso 500 licences \(opportunity\)/);
  });

  it('says which record the sender was chosen as among several, why, and the others', async () => {
    await renderPane({
      item: messageItem({
        itemId: 'item-10',
        subject: 'Forecast',
        from: { name: 'Northwind Sales', address: 'sales@northwind.example' },
      }),
    });

    await screen.findByRole('list', { name: 'Sender and recipients' });
    expect(partyRows()[0]).toBe(
      'From Northwind Sales Contact Nadia Haddad sales@northwind.example ' +
        'Chosen because you own it; also matches: contact Liam Walsh',
    );
  });

  it('with VerboseErrorsOnPromoteToCRM = 1 shows the code, message and request id', async () => {
    const crm = createMemoryCrm({ orgdb: { VerboseErrorsOnPromoteToCRM: '1' } });
    crm.failNext(
      'createEmail',
      new TrackerError('CrmRejected', 'Attribute subject is too long.', {
        serverCode: '0x80040217',
        requestId: 'req-42',
        status: 400,
      }),
    );
    const { user } = await renderPane({
      crm,
      item: messageItem({ itemId: 'item-4', subject: 'Order' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Failed: /);
    expect(statusBanner()).toHaveTextContent(
      'Failed: Attribute subject is too long. (CrmRejected 0x80040217). Request id: req-42.',
    );
    expect(crm.created).toHaveLength(0);
  });

  it('otherwise shows a short message and puts the details in Diagnostics', async () => {
    const crm = createMemoryCrm();
    crm.failNext(
      'createEmail',
      new TrackerError('CrmRejected', 'Attribute subject is too long.', { requestId: 'req-43' }),
    );
    const { user } = await renderPane({
      crm,
      item: messageItem({ itemId: 'item-5', subject: 'Order' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Failed: /);
    expect(statusBanner()).toHaveTextContent(/^Failed: The CRM refused the request\.$/);
    expect(statusBanner()).not.toHaveTextContent('req-43');

    await user.click(await screen.findByRole('button', { name: /Diagnostics/ }));
    const log = screen.getByRole('list', { name: 'Diagnostics log' });
    expect(log).toHaveTextContent(/request id req-43/);
    expect(screen.getByRole('button', { name: 'Track in CRM' })).toBeEnabled();
  });

  it('counts the settings that were ignored or changed', async () => {
    const crm = createMemoryCrm({
      usersettings: { incomingemailfilteringmethod: 9, issendasallowed: 'perhaps' },
    });
    await renderPane({ crm, item: messageItem({ itemId: 'item-6', subject: 'Hi' }) });

    expect(await screen.findByText(/2 settings were ignored or changed — see/)).toBeInTheDocument();
  });

  it('asks for a message when none is selected', async () => {
    await renderPane({ item: null });
    expect(
      await screen.findByText('Select a message to see how it is tracked.'),
    ).toBeInTheDocument();
  });
});
