import { act, screen, waitFor, within } from '@testing-library/react';
import { TrackerError } from '../../src/domain/errors';
import { TRACKED_CATEGORY } from '../../src/domain/tracking-category';
import { TRACKED_ACTIVITY_PROPERTY } from '../../src/outlook/office-host';
import { createMemoryCrm, CONTOSO_DEAL } from './support/memory-crm';
import { messageItem } from './support/messages';
import { renderPane } from './support/render-pane';

jest.setTimeout(15000);

const statusBanner = () => screen.getByRole('status', { name: 'Tracking status' });
const waitForStatus = (pattern: RegExp) => screen.findByText(pattern, {}, { timeout: 3000 });

describe('the pane actions', () => {
  it('Track in CRM creates one activity with the parties and marks the item', async () => {
    const { user, crm, fake } = await renderPane({
      item: messageItem({ itemId: 'item-1', subject: 'Order 17' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));

    await waitForStatus(/^Tracked — /);
    expect(crm.created).toHaveLength(1);
    const { activityId, draft } = crm.created[0];
    expect(draft.subject).toBe('Order 17');
    expect(draft.parties).toContainEqual(
      expect.objectContaining({
        participationtypemask: 1,
        party: expect.objectContaining({ id: 'c-alice' }),
      }),
    );
    const item = fake.itemState('item-1');
    expect(item.categories).toContain(TRACKED_CATEGORY);
    expect(item.customProperties[TRACKED_ACTIVITY_PROPERTY]).toBe(activityId);
  });

  it('a double click creates a single activity', async () => {
    const crm = createMemoryCrm();
    const gate = crm.hold('createEmail');
    const { user } = await renderPane({
      crm,
      item: messageItem({ itemId: 'item-2', subject: 'Order 18' }),
    });

    const button = await screen.findByRole('button', { name: 'Track in CRM' });
    await user.dblClick(button);
    await user.click(button);
    gate.release();

    await waitForStatus(/^Tracked — /);
    expect(crm.calls.createEmail).toBe(1);
  });

  it('Untrack asks first, and deletes the activity only when confirmed', async () => {
    const { user, crm, fake } = await renderPane({
      item: messageItem({ itemId: 'item-3', subject: 'Order 19' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Tracked — /);

    await user.click(screen.getByRole('button', { name: 'Untrack' }));
    // Tabster marks the surface aria-hidden in jsdom (no real focus), hence `hidden: true`.
    let dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('Untrack this message?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(),
    );
    expect(crm.calls.deleteEmail).toBeUndefined();
    expect(statusBanner()).toHaveTextContent(/^Tracked/);

    await user.click(screen.getByRole('button', { name: 'Untrack' }));
    dialog = await screen.findByRole('dialog', { hidden: true });
    await user.click(within(dialog).getByRole('button', { name: 'Untrack', hidden: true }));

    await waitForStatus(/^Not tracked$/);
    expect(crm.emails.size).toBe(0);
    expect(fake.itemState('item-3').categories).not.toContain(TRACKED_CATEGORY);
    expect(screen.getByRole('button', { name: 'Track in CRM' })).toBeInTheDocument();
  });

  it('Set Regarding searches by name, lists the default table first, tracks with it', async () => {
    const crm = createMemoryCrm({ orgdb: { SetRegardingLookupDefaultEntityType: 'opportunity' } });
    const { user } = await renderPane({
      crm,
      item: messageItem({ itemId: 'item-4', subject: 'Licences' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Set Regarding' }));
    await user.type(await screen.findByRole('searchbox'), 'contoso');

    const groups = await screen.findAllByRole('group', {
      name: /Opportunities|Accounts|Contacts|Cases/,
    });
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual([
      'Opportunities',
      'Accounts',
      'Contacts',
      'Cases',
    ]);

    await user.click(screen.getByRole('option', { name: /^Contoso 500 licences — / }));
    await waitForStatus(/^Tracked — regarding Contoso 500 licences \(opportunity\)/);
    expect(crm.created[0].draft.regarding).toEqual(CONTOSO_DEAL);
  });

  it('Set Regarding asks for a second character rather than showing nothing', async () => {
    const { user, crm } = await renderPane({
      item: messageItem({ itemId: 'item-7', subject: 'Licences' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Set Regarding' }));
    const box = await screen.findByRole('searchbox');

    await user.type(box, 'c');
    expect(screen.getByText('Type at least 2 characters to search.')).toBeInTheDocument();
    expect(crm.calls.searchRegarding ?? 0).toBe(0);

    await user.type(box, 'o');
    expect(screen.queryByText(/Type at least 2 characters/)).not.toBeInTheDocument();
    expect(await screen.findByRole('option', { name: /^Contoso Ltd — / })).toBeInTheDocument();
  });

  it('Set Regarding on a tracked message changes the regarding of the same activity', async () => {
    const { user, crm } = await renderPane({
      item: messageItem({ itemId: 'item-5', subject: 'Licences' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Tracked — no regarding record/);

    await user.click(screen.getByRole('button', { name: 'Set Regarding' }));
    await user.type(await screen.findByRole('searchbox'), 'printer');
    await user.click(await screen.findByRole('option', { name: /^Contoso printer jam — / }));

    await waitForStatus(/^Tracked — regarding Contoso printer jam \(case\)/);
    expect(crm.calls.createEmail).toBe(1);
    expect(crm.calls.setRegarding).toBe(1);
  });

  it('a search result is a focusable option chosen with Enter', async () => {
    const { user, crm } = await renderPane({
      item: messageItem({ itemId: 'item-6', subject: 'Licences' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Set Regarding' }));
    await user.type(await screen.findByRole('searchbox'), 'alice');
    // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
    const result = await screen.findByRole('option', {
      name: 'Alice Contoso — alice@contoso.example',
    });

    // Tabster (Fluent's focus manager) takes over Tab in jsdom, so focus is moved directly.
    expect(result).toHaveAttribute('tabindex', '0');
    act(() => result.focus());
    expect(result).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitForStatus(/^Tracked — regarding Alice Contoso \(contact\)/);
    expect(crm.created[0].draft.regarding?.id).toBe('c-alice');
  });

  it('with OverrideTrackInCrmBehaviour = 1 Track in CRM opens Set Regarding instead', async () => {
    const crm = createMemoryCrm({ orgdb: { OverrideTrackInCrmBehaviour: '1' } });
    const { user } = await renderPane({
      crm,
      item: messageItem({ itemId: 'item-7', subject: 'Licences' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));

    expect(await screen.findByRole('searchbox')).toBeInTheDocument();
    expect(crm.calls.createEmail).toBeUndefined();
    expect(statusBanner()).toHaveTextContent(/^Not tracked$/);
  });

  it('a category that cannot be set is a warning; the message is still tracked', async () => {
    const { user, fake, crm } = await renderPane({
      item: messageItem({ itemId: 'item-8', subject: 'Order 20' }),
    });
    fake.failNext('categories.addAsync', 'AccessDenied');

    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));

    await waitForStatus(/^Tracked — /);
    expect(screen.getByText(`The category "${TRACKED_CATEGORY}" could not be set.`)).toBeVisible();
    expect(crm.created).toHaveLength(1);
  });

  it('an Untrack the CRM refuses leaves the message tracked and says so', async () => {
    const { user, crm } = await renderPane({
      item: messageItem({ itemId: 'item-9', subject: 'Order 21' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Tracked — /);
    crm.failNext('deleteEmail', new TrackerError('CrmRejected', 'Access is denied.'));

    await user.click(screen.getByRole('button', { name: 'Untrack' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await user.click(within(dialog).getByRole('button', { name: 'Untrack', hidden: true }));

    await waitForStatus(/^Failed: The CRM refused the request\.$/);
    expect(screen.getByText('The message is still tracked.')).toBeInTheDocument();
    expect(crm.emails.size).toBe(1);
  });
});
