import { act, screen, waitFor, within } from '@testing-library/react';
import { createFakeOffice } from '../../src/harness/fake-office';
import { NEEDS_NEWER_OUTLOOK } from '../../src/outlook/host-problem';
import { TrackerError } from '../../src/domain/errors';
import { mountTaskpane } from '../../src/taskpane/mount';
import { startTaskpane } from '../../src/taskpane/start';
import { BOB, createMemoryCrm } from './support/memory-crm';
import { messageItem } from './support/messages';
import { renderPane } from './support/render-pane';

jest.setTimeout(15000);

// Counts how often the Options module is evaluated, to show that it is loaded on first use only.
let optionsModuleLoads = 0;
jest.mock('../../src/taskpane/options/OptionsView', () => {
  optionsModuleLoads += 1;
  const actual = jest.requireActual('../../src/taskpane/options/OptionsView');
  return { __esModule: true, default: actual.default };
});

const owner = { address: BOB.address, name: BOB.name };

function container(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

describe('the task pane entry', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('says in plain text why an old Outlook cannot run the pane, and renders nothing else', () => {
    const old = createFakeOffice({ mailboxOwner: owner, requirementSet: '1.5' });
    const root = container();

    startTaskpane(old.office, root);

    expect(within(root).getByRole('alert')).toHaveTextContent(NEEDS_NEWER_OUTLOOK);
    expect(within(root).queryByRole('button')).not.toBeInTheDocument();
  });

  it('mountTaskpane shows the selected message through the real Office adapter', async () => {
    const fake = createFakeOffice({ mailboxOwner: owner });
    await fake.selectItem(messageItem({ itemId: 'm-1', subject: 'Mounted' }));
    const crm = createMemoryCrm();

    await act(async () => {
      mountTaskpane(container(), fake.office, { createClient: () => crm });
    });

    expect(await screen.findByText('Mounted')).toBeInTheDocument();
    expect(crm.calls.whoAmI).toBeGreaterThan(0);
    // The pane follows ItemChanged: one handler is registered with the mailbox.
    expect(fake.itemChangedHandlerCount()).toBe(1);
  });
});

describe('Options', () => {
  it('loads the Options view on first use and comes back to the pane', async () => {
    const { user } = await renderPane({ item: messageItem({ itemId: 'o-1', subject: 'Hi' }) });
    await screen.findByText('Hi');
    expect(optionsModuleLoads).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Options' }));

    expect(await screen.findByRole('form', { name: 'Personal options' })).toBeInTheDocument();
    expect(optionsModuleLoads).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(screen.getByText('Hi')).toBeInTheDocument());
  });

  it('the settings notice opens Options too', async () => {
    const crm = createMemoryCrm({ usersettings: { incomingemailfilteringmethod: 9 } });
    const { user } = await renderPane({ crm, item: messageItem({ itemId: 'o-2', subject: 'Hi' }) });

    const notice = await screen.findByText(/1 setting was ignored or changed — see/);
    await user.click(within(notice).getByRole('button', { name: 'Options' }));

    expect(await screen.findByRole('form', { name: 'Personal options' })).toBeInTheDocument();
  });
});

describe('when the CRM cannot be reached', () => {
  it('says so and still opens Options', async () => {
    const crm = createMemoryCrm();
    crm.failNext('whoAmI', new TrackerError('CrmUnavailable', 'connect ECONNREFUSED 127.0.0.1'));
    const { user } = await renderPane({ crm, item: messageItem({ itemId: 'u-1', subject: 'Hi' }) });

    expect(await screen.findByText(/^Failed: The CRM could not be reached\.$/)).toBeInTheDocument();
    // The hint is an error, and no settings notice competes with it.
    expect(screen.getByRole('alert')).toHaveTextContent(/Check the CRM address/);
    expect(screen.queryByText(/ignored or changed/)).not.toBeInTheDocument();

    // Options says why the personal options shown are not the CRM's.
    await user.click(screen.getByRole('button', { name: 'Options' }));
    expect(await screen.findByRole('form', { name: 'Personal options' })).toBeInTheDocument();
    expect(
      screen.getByText(/not loaded: the CRM could not be reached; only the client options and/),
    ).toBeInTheDocument();
  });
});

describe('saving Options', () => {
  it('writes the personal options to the CRM and reloads the pane with them', async () => {
    const crm = createMemoryCrm();
    const { user } = await renderPane({ crm, item: messageItem({ itemId: 's-1', subject: 'Hi' }) });
    await screen.findByText('Hi');
    const before = crm.calls.getUserSettingsRow;

    await user.click(screen.getByRole('button', { name: 'Options' }));
    const form = await screen.findByRole('form', { name: 'Personal options' });
    const choice = within(form).getByRole('radio', { name: 'All email messages' });
    await user.click(choice);
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(crm.calls.patchUserSettingsRow).toBe(1));
    await waitFor(() => expect(crm.calls.getUserSettingsRow).toBeGreaterThan(before + 1));
  });
});
