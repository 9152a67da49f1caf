import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TrackerError } from '../../../src/domain/errors';
import type { OrgDbOrgSettings } from '../../../src/domain/settings-model';
import { defaultSettings, type LoadedSettings } from '../../../src/settings';
import OptionsView from '../../../src/taskpane/options/OptionsView';

function loadedWith(
  change: {
    orgdb?: Partial<OrgDbOrgSettings>;
    method?: 0 | 1 | 2 | 3 | 4;
    issues?: LoadedSettings['issues'];
  } = {},
): LoadedSettings {
  const settings = defaultSettings();
  Object.assign(settings.orgdborgsettings, change.orgdb);
  if (change.method !== undefined)
    settings.usersettings.incomingemailfilteringmethod = change.method;
  return { settings, issues: change.issues ?? [], source: 'service' };
}

function renderView(loaded: LoadedSettings, onSave = jest.fn().mockResolvedValue(undefined)) {
  const onClose = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <OptionsView loaded={loaded} onSave={onSave} onClose={onClose} />
    </FluentProvider>,
  );
  return { onSave, onClose, user: userEvent.setup() };
}

const NO_EFFECT = 'Settings with no effect yet';
/** Opens the folded section that holds the modelled-only options. */
const openNoEffect = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByText(NO_EFFECT));

const methodGroup = () => screen.getByRole('radiogroup', { name: /Which incoming email to track/ });
const methodRadio = (name: RegExp) => within(methodGroup()).getByRole('radio', { name });

// Fluent renders a large tree and role queries walk all of it: allow slow CI machines time.
jest.setTimeout(30000);

describe('OptionsView', () => {
  it('shows the loaded values with plain labels and their keys', async () => {
    const { user } = renderView(loadedWith());
    await openNoEffect(user);

    expect(screen.getByRole('heading', { name: 'Options' })).toBeInTheDocument();
    expect(methodRadio(/Replies to CRM email only/)).toBeChecked();
    expect(screen.getByText('incomingemailfilteringmethod')).toBeInTheDocument();
    expect(screen.getByLabelText(/Track shown messages automatically/)).toBeChecked();
    expect(screen.getByLabelText(/Allow others to send email/)).not.toBeChecked();
    expect(screen.getByLabelText(/Minutes between synchronizations/)).toHaveValue(15);
    expect(screen.getByLabelText('Records I own')).toBeChecked();
    expect(screen.getByLabelText(/In the CRM/)).toBeChecked();
    expect(screen.getByLabelText(/CRM address/)).toHaveValue('');
  });

  it.each([
    [{}, [0, 1, 2, 3, 4]],
    [{ HideTrackAllOption: true }, [1, 2, 3, 4]],
    [{ HideEmailAutoTrackOptions: true }, [1, 4]],
  ])('with %p offers filtering methods %p', (orgdb, offered) => {
    renderView(loadedWith({ orgdb }));

    const enabled = within(methodGroup())
      .getAllByRole('radio')
      .filter((radio) => !(radio as HTMLInputElement).disabled)
      .map((radio) => Number((radio as HTMLInputElement).value));
    expect(enabled).toEqual(offered);
  });

  it('shows a hidden current method as current but does not offer it again', async () => {
    const { user } = renderView(
      loadedWith({ method: 2, orgdb: { HideEmailAutoTrackOptions: true } }),
    );

    const current = methodRadio(/from CRM leads, contacts and accounts.*no longer offered/);
    expect(current).toBeChecked();
    expect(current).toBeDisabled();
    expect(within(methodGroup()).queryByRole('radio', { name: /All email messages/ })).toBeNull();

    await user.click(methodRadio(/No email messages/));
    await user.click(current);
    expect(methodRadio(/No email messages/)).toBeChecked();
  });

  it('says when the organization forces a filtering method', () => {
    renderView(loadedWith({ orgdb: { SSSForceFilteringMethodForUserMailboxes: 4 } }));

    expect(methodGroup()).toHaveAccessibleDescription(
      /applies “No email messages” to every mailbox; your choice is kept but not used/,
    );
  });

  it('offers Cancel instead of Back once something was edited', async () => {
    const { user } = renderView(loadedWith());
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument();

    await user.click(screen.getByLabelText(/Mark messages tracked elsewhere/));

    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('saves the edited values', async () => {
    const { onSave, user } = renderView(loadedWith());

    await user.click(methodRadio(/No email messages/));
    await user.click(screen.getByLabelText(/Track shown messages automatically/));
    await user.click(screen.getByLabelText('Create a lead'));
    await openNoEffect(user);
    const interval = screen.getByLabelText(/Minutes between synchronizations/);
    await user.clear(interval);
    await user.type(interval, '45');
    await user.type(screen.getByLabelText(/CRM address/), 'https://crm.example/');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Options saved.');
    expect(onSave).toHaveBeenCalledTimes(1);
    const change = onSave.mock.calls[0][0];
    expect(change.kind).toBe('service');
    expect(change.usersettings).toMatchObject({
      incomingemailfilteringmethod: 4,
      autocreatecontactonpromote: 2,
      outlooksyncinterval: 45,
    });
    expect(change.client).toMatchObject({ backgroundTrack: false, crmUrl: 'https://crm.example' });
  });

  it('does not save an interval below the organization minimum', async () => {
    const { onSave, user } = renderView(loadedWith());

    await openNoEffect(user);
    const interval = screen.getByLabelText(/address book refreshes/);
    await user.clear(interval);
    await user.type(interval, '30');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter at least 60 minutes.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('switching the source says so and saves only the source and the client options', async () => {
    const { onSave, user } = renderView(loadedWith());

    await user.click(methodRadio(/No email messages/));
    await user.click(screen.getByLabelText(/On this device/));

    expect(
      screen.getByText(/Switching source: the personal options below will be read from/),
    ).toHaveTextContent(/this device \(local\) when you save/);
    expect(methodRadio(/No email messages/)).toBeDisabled();
    await openNoEffect(user);
    expect(screen.getByLabelText(/Minutes between synchronizations/)).toBeDisabled();
    await user.click(screen.getByLabelText(/Track shown messages automatically/));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Options saved.');
    const change = onSave.mock.calls[0][0];
    expect(change.kind).toBe('local');
    expect(change.usersettings.incomingemailfilteringmethod).toBe(1);
    expect(change.client.backgroundTrack).toBe(false);
  });

  it('drops the switching note when the source is changed back', async () => {
    const { user } = renderView(loadedWith());

    await user.click(screen.getByLabelText(/On this device/));
    await user.click(screen.getByLabelText(/In the CRM/));

    expect(screen.queryByText(/Switching source/)).toBeNull();
    expect(methodRadio(/No email messages/)).toBeEnabled();
  });

  it.each([['2147483648'], ['99999999999999999999']])('does not save %p minutes', async (typed) => {
    const { onSave, user } = renderView(loadedWith());

    await openNoEffect(user);
    const interval = screen.getByLabelText(/Minutes between synchronizations/);
    await user.clear(interval);
    await user.type(interval, typed);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter at most 2147483647 minutes.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses an http CRM address and says why', async () => {
    const { onSave, user } = renderView(loadedWith());

    await user.type(screen.getByLabelText(/CRM address/), 'http://localhost:3310');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/must start with https:\/\//)).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a pasted Web API address as its base and says so', async () => {
    const { onSave, user } = renderView(loadedWith());

    await user.type(screen.getByLabelText(/CRM address/), 'https://crm.example/api/data/v9.2/');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText(/saved as https:\/\/crm\.example: the add-in adds the Web API path/),
    ).toBeInTheDocument();
    expect(onSave.mock.calls[0][0].client.crmUrl).toBe('https://crm.example');
  });

  it('clears an earlier save failure once the user edits or a value is refused', async () => {
    const onSave = jest.fn().mockRejectedValue(new TrackerError('CrmUnavailable', 'Down.'));
    const { user } = renderView(loadedWith(), onSave);
    const failure = /The options were not saved/;

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(failure)).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Mark messages tracked elsewhere/));
    expect(screen.queryByText(failure)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(failure)).toBeInTheDocument();
    await openNoEffect(user);
    const refresh = screen.getByLabelText(/refreshes cached CRM data/);
    await user.clear(refresh);
    await user.type(refresh, '0');
    expect(screen.queryByText(failure)).toBeNull();
  });

  it('keeps the edits and shows the error when saving fails', async () => {
    let reject: (error: unknown) => void = () => undefined;
    const onSave = jest.fn(() => new Promise<void>((_resolve, fail) => (reject = fail)));
    const { user } = renderView(loadedWith(), onSave);

    await user.click(screen.getByLabelText(/Mark messages tracked elsewhere/));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const saving = screen.getByRole('button', { name: 'Saving…' });
    expect(saving).toBeDisabled();
    reject(new TrackerError('CrmUnavailable', 'The CRM cannot be reached.'));

    expect(
      await screen.findByText(/The CRM cannot be reached\. \(CrmUnavailable\)/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Mark messages tracked elsewhere/)).not.toBeChecked();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
  });

  it('goes back without saving', async () => {
    const { onSave, onClose, user } = renderView(loadedWith());

    await user.click(screen.getByRole('button', { name: 'Back' }));

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('lists the problems found when loading', () => {
    renderView(
      loadedWith({
        issues: [
          { key: 'outlooksyncinterval', found: '5', used: '15', reason: 'below the minimum of 15' },
          { key: 'client.backgroundTrack', found: '"yes"', used: 'true', reason: 'not a boolean' },
        ],
      }),
    );

    const list = screen.getByRole('list', { name: 'Problems found in the settings' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      'outlooksyncinterval: below the minimum of 15. Found 5, using 15.',
    );
    expect(items[1]).toHaveTextContent('client.backgroundTrack: not a boolean');
  });
});

describe('OptionsView accessibility', () => {
  it('has no axe violations, with the organization lists open', async () => {
    const axe = (await import('axe-core')).default;
    const { user } = renderView(
      loadedWith({
        orgdb: { unknown: { FutureSwitch: '1' } },
        issues: [{ key: 'k', found: '1', used: '2', reason: 'r' }],
      }),
    );
    await user.click(screen.getByText('System settings (organization)'));
    await user.click(screen.getByText('OrgDBOrgSettings'));

    // jsdom cannot compute colours, so contrast is left to the browser end-to-end test.
    const result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    });

    expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
