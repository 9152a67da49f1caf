import { act, screen, waitFor, within } from '@testing-library/react';
import { messageItem } from './support/messages';
import { renderPane } from './support/render-pane';

jest.setTimeout(20000);

// Keyboard only: Enter, Space, Escape and the arrows. Tabster (Fluent's focus manager) takes over
// Tab in jsdom, so the control a keyboard user would Tab to is focused directly.

const statusLine = () => screen.getByRole('status', { name: 'Tracking status' });
const waitForStatus = (pattern: RegExp) =>
  waitFor(() => expect(statusLine()).toHaveTextContent(pattern), { timeout: 3000 });
const button = (name: string) => screen.getByRole('button', { name });

async function pane(itemId: string) {
  const rendered = await renderPane({ item: messageItem({ itemId, subject: 'Licences' }) });
  await screen.findByRole('button', { name: 'Track in CRM' });
  await waitFor(() => expect(button('Track in CRM')).toBeEnabled());
  const press = async (element: HTMLElement, keys: string) => {
    act(() => element.focus());
    await rendered.user.keyboard(keys);
  };
  return { ...rendered, press };
}

async function trackWithEnter(press: (element: HTMLElement, keys: string) => Promise<void>) {
  await press(button('Track in CRM'), '{Enter}');
  await waitForStatus(/^Tracked — /);
  await waitFor(() => expect(button('Untrack')).toBeEnabled());
}

describe('focus after the tracking actions', () => {
  it('Track in CRM: the status line, which says the outcome, takes focus', async () => {
    const { press } = await pane('item-k1');

    await press(button('Track in CRM'), '{Enter}');

    await waitForStatus(/^Tracked — /);
    expect(screen.queryByRole('button', { name: 'Track in CRM' })).not.toBeInTheDocument();
    await waitFor(() => expect(statusLine()).toHaveFocus());
  });

  it('Untrack cancelled (Escape, then Cancel) returns focus to Untrack; confirmed, to the status', async () => {
    const { press, crm } = await pane('item-k2');
    await trackWithEnter(press);

    await press(button('Untrack'), '{Enter}');
    let dialog = await screen.findByRole('dialog', { hidden: true });
    await press(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }), '{Escape}');
    await waitFor(() => expect(button('Untrack')).toHaveFocus());
    expect(crm.calls.deleteEmail).toBeUndefined();

    await press(button('Untrack'), ' ');
    dialog = await screen.findByRole('dialog', { hidden: true });
    await press(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }), '{Enter}');
    await waitFor(() => expect(button('Untrack')).toHaveFocus());

    await press(button('Untrack'), '{Enter}');
    dialog = await screen.findByRole('dialog', { hidden: true });
    await press(within(dialog).getByRole('button', { name: 'Untrack', hidden: true }), '{Enter}');
    await waitForStatus(/^Not tracked$/);
    await waitFor(() => expect(statusLine()).toHaveFocus());
    expect(crm.emails.size).toBe(0);
  });
});

describe('the Set Regarding panel from the keyboard', () => {
  it('Escape clears the search text first, then closes and returns to Set Regarding', async () => {
    const { press, user } = await pane('item-k3');

    await press(button('Set Regarding'), '{Enter}');
    const box = await screen.findByRole('searchbox');
    await waitFor(() => expect(box).toHaveFocus());
    await user.keyboard('co');

    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(screen.getByRole('region', { name: 'Set Regarding' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Set Regarding' })).not.toBeInTheDocument();
    await waitFor(() => expect(button('Set Regarding')).toHaveFocus());
  });

  it('Close Set Regarding returns focus to the Set Regarding button', async () => {
    const { press } = await pane('item-k4');
    await press(button('Set Regarding'), '{Enter}');

    await press(await screen.findByRole('button', { name: 'Close Set Regarding' }), '{Enter}');

    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    await waitFor(() => expect(button('Set Regarding')).toHaveFocus());
  });

  it('ArrowDown moves from the search box to the first result; choosing focuses the status', async () => {
    const { press, user, crm } = await pane('item-k5');
    await press(button('Set Regarding'), '{Enter}');
    const box = await screen.findByRole('searchbox');
    await press(box, 'alice');
    const first = await screen.findByRole('option', { name: /^Alice Contoso — / });

    await user.keyboard('{ArrowDown}');
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitForStatus(/^Tracked — regarding Alice Contoso \(contact\)/);
    await waitFor(() => expect(statusLine()).toHaveFocus());
    expect(crm.created[0].draft.regarding?.id).toBe('c-alice');
  });

  it('ArrowDown with no results leaves focus in the search box', async () => {
    const { press, user } = await pane('item-k6');
    await press(button('Set Regarding'), '{Enter}');
    const box = await screen.findByRole('searchbox');
    await press(box, 'c');

    await user.keyboard('{ArrowDown}');

    expect(box).toHaveFocus();
  });
});

describe('the Options view from the keyboard', () => {
  const heading = () => screen.findByRole('heading', { name: 'Options' });

  it('opening focuses its heading; Escape and Back return to the Options link', async () => {
    const { press } = await pane('item-k7');

    await press(button('Options'), '{Enter}');
    await waitFor(async () => expect(await heading()).toHaveFocus());
    await press(await heading(), '{Escape}');
    await waitFor(() => expect(button('Options')).toHaveFocus());
    expect(button('Track in CRM')).toBeInTheDocument();

    await press(button('Options'), '{Enter}');
    await press(await screen.findByRole('button', { name: 'Back' }), '{Enter}');
    await waitFor(() => expect(button('Options')).toHaveFocus());
  });

  it('Escape keeps unsaved edits open; Cancel then discards them and returns', async () => {
    const { press, user } = await pane('item-k8');
    await press(button('Options'), '{Enter}');
    const local = await screen.findByRole('radio', { name: /On this device/ });

    act(() => local.focus());
    await user.keyboard(' ');
    expect(local).toBeChecked();
    await user.keyboard('{Escape}');

    expect(await heading()).toBeInTheDocument();
    await press(button('Cancel'), '{Enter}');
    await waitFor(() => expect(button('Options')).toHaveFocus());
  });
});
