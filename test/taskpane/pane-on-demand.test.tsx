import { screen, waitFor, within } from '@testing-library/react';
import { messageItem } from './support/messages';
import { renderPane } from './support/render-pane';

jest.setTimeout(15000);

// Counts how often each on-demand module is evaluated (a chunk fetched, in the browser), and lets
// a test make the Set Regarding chunk fail to arrive, as it does offline or after a deployment.
const loads = { untrack: 0, regarding: 0, diagnostics: 0 };
let regardingReachable = true;
let optionsReachable = true;

jest.mock('../../src/taskpane/UntrackDialog', () => {
  loads.untrack += 1;
  return jest.requireActual('../../src/taskpane/UntrackDialog');
});
jest.mock('../../src/taskpane/RegardingSearch', () => {
  loads.regarding += 1;
  if (!regardingReachable) throw new Error('Loading chunk regarding-search failed.');
  return jest.requireActual('../../src/taskpane/RegardingSearch');
});
jest.mock('../../src/taskpane/options/OptionsView', () => {
  if (!optionsReachable) throw new Error('Loading chunk options failed.');
  return jest.requireActual('../../src/taskpane/options/OptionsView');
});
jest.mock('../../src/taskpane/DiagnosticsPanel', () => {
  loads.diagnostics += 1;
  return jest.requireActual('../../src/taskpane/DiagnosticsPanel');
});

const waitForStatus = (pattern: RegExp) => screen.findByText(pattern, {}, { timeout: 3000 });

describe('parts of the pane loaded on demand', () => {
  it('shows the pane before the Diagnostics code arrives, then the Diagnostics section', async () => {
    await renderPane({ item: messageItem({ itemId: 'od-1', subject: 'Order 30' }) });

    expect(screen.getByRole('heading', { name: 'CRM tracking' })).toBeInTheDocument();
    expect(screen.getByText('Loading Diagnostics…')).toBeInTheDocument();

    expect(await screen.findByRole('button', { name: /Diagnostics/ })).toBeInTheDocument();
    expect(screen.queryByText('Loading Diagnostics…')).not.toBeInTheDocument();
    expect(loads.diagnostics).toBe(1);
  });

  it('fetches the Untrack dialog when Untrack is hovered, before it is clicked', async () => {
    const { user } = await renderPane({
      item: messageItem({ itemId: 'od-2', subject: 'Order 31' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Track in CRM' }));
    await waitForStatus(/^Tracked — /);
    expect(loads.untrack).toBe(0);

    const untrack = screen.getByRole('button', { name: 'Untrack' });
    await user.hover(untrack);
    await waitFor(() => expect(loads.untrack).toBe(1));
    expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();

    await user.click(untrack);
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('Untrack this message?')).toBeInTheDocument();
    expect(loads.untrack).toBe(1);
  });

  it('says when Set Regarding cannot be loaded, logs it, and loads it on Try again', async () => {
    regardingReachable = false;
    // React reports the error the boundary caught; that report is expected here.
    const reported = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderPane({
      item: messageItem({ itemId: 'od-3', subject: 'Order 32' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Set Regarding' }));
    expect(await screen.findByText(/^Set Regarding could not be loaded\./)).toBeInTheDocument();
    // The rest of the pane stays usable.
    expect(screen.getByRole('button', { name: 'Track in CRM' })).toBeEnabled();

    await user.click(await screen.findByRole('button', { name: /Diagnostics/ }));
    const log = screen.getByRole('list', { name: 'Diagnostics log' });
    expect(log).toHaveTextContent(/Set Regarding could not be loaded\. — .*chunk regarding-search/);

    regardingReachable = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('searchbox')).toBeInTheDocument();
    expect(screen.queryByText(/^Set Regarding could not be loaded\./)).not.toBeInTheDocument();
    reported.mockRestore();
  });

  it('says when Options cannot be loaded and leads back to the pane', async () => {
    optionsReachable = false;
    const reported = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderPane({
      item: messageItem({ itemId: 'od-4', subject: 'Order 33' }),
    });
    await screen.findByRole('button', { name: 'Track in CRM' });

    await user.click(screen.getByRole('button', { name: 'Options' }));
    expect(await screen.findByText(/^Options could not be loaded\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to tracking' }));
    expect(screen.getByRole('heading', { name: 'CRM tracking' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Track in CRM' })).toBeEnabled();

    optionsReachable = true;
    await user.click(screen.getByRole('button', { name: 'Options' }));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Options' })).toBeInTheDocument();
    expect(screen.queryByText(/^Options could not be loaded\./)).not.toBeInTheDocument();
    reported.mockRestore();
  });
});
