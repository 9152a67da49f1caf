import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultSettings, type LoadedSettings } from '../../../src/settings';
import OptionsView from '../../../src/taskpane/options/OptionsView';

const EDITOR = /Organization settings \(local document\)/;

function loaded(source: LoadedSettings['source'], organizationId?: string): LoadedSettings {
  const settings = defaultSettings();
  settings.organization.trackingprefix = 'CASE:';
  settings.orgdborgsettings.AllowPromoteDuplicates = true;
  return { settings, issues: [], source, ...(organizationId ? { organizationId } : {}) };
}

function renderView(settings: LoadedSettings) {
  const onSave = jest.fn().mockResolvedValue(undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <OptionsView loaded={settings} onSave={onSave} onClose={jest.fn()} />
    </FluentProvider>,
  );
  return { onSave, user: userEvent.setup() };
}

async function replaceText(user: ReturnType<typeof userEvent.setup>, text: string) {
  const editor = screen.getByRole('textbox', { name: EDITOR });
  await user.clear(editor);
  await user.click(editor);
  await user.paste(text);
}

const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Save' }));

jest.setTimeout(30000);

describe('OptionsView organization settings', () => {
  it.each([
    ['a1b2-c3', /An administrator changes these in the CRM\. .*organizations\(a1b2-c3\)/],
    [undefined, /^An administrator changes these in the CRM\.$/],
  ])('from the service (id %p) are read-only and say who changes them', (id, sentence) => {
    renderView(loaded('service', id));

    expect(screen.queryByRole('textbox', { name: EDITOR })).toBeNull();
    expect(screen.getByText(/An administrator changes these/)).toHaveTextContent(sentence);
  });

  it('from the local document are offered for editing, filled with the values in force', () => {
    const settings = loaded('local');
    renderView(settings);

    const editor = screen.getByRole('textbox', { name: EDITOR });
    const value = JSON.parse((editor as HTMLTextAreaElement).value) as Record<string, unknown>;
    expect(value.organization).toEqual(settings.settings.organization);
    expect(value.orgdborgsettings).toMatch(/<AllowPromoteDuplicates>true</);
    expect(screen.queryByText(/An administrator changes these/)).toBeNull();
  });

  it('is not written when the text was not changed', async () => {
    const { onSave, user } = renderView(loaded('local'));

    await save(user);

    await screen.findByText('Options saved.');
    expect(onSave.mock.calls[0][0].organizationDocument).toBeUndefined();
  });

  it('refuses malformed JSON, says so, and keeps the text', async () => {
    const { onSave, user } = renderView(loaded('local'));

    await replaceText(user, '{"organization": {"trackingprefix": "X:"');
    await save(user);

    expect(await screen.findByText(/not valid JSON \(/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing was saved/)).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: EDITOR })).toHaveValue(
      '{"organization": {"trackingprefix": "X:"',
    );
  });

  it('shows what would be ignored or changed before saving, and saves on a second Save', async () => {
    const { onSave, user } = renderView(loaded('local'));
    const text = JSON.stringify({
      organization: { trackingprefix: 'X:', maximumtrackingnumber: 'lots' },
      orgdborgsettings:
        '<OrgSettings><AllowPromoteDuplicates>1</AllowPromoteDuplicates></OrgSettings>',
      usersettings: { offlinesyncinterval: 30 },
    });

    await replaceText(user, text);
    await save(user);

    const list = await screen.findByRole('list', { name: /would ignore or change/ });
    expect(list).toHaveTextContent(/usersettings: personal options are edited in the form/);
    expect(list).toHaveTextContent(/maximumtrackingnumber/);
    expect(onSave).not.toHaveBeenCalled();

    await save(user);

    await screen.findByText('Options saved.');
    expect(onSave.mock.calls[0][0].organizationDocument).toEqual({
      organization: { trackingprefix: 'X:', maximumtrackingnumber: 'lots' },
      orgdborgsettings:
        '<OrgSettings><AllowPromoteDuplicates>1</AllowPromoteDuplicates></OrgSettings>',
    });
  });

  it('saves a clean edit at once', async () => {
    const { onSave, user } = renderView(loaded('local'));

    await replaceText(user, '{"organization": {"trackingprefix": "X:"}}');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    await save(user);

    await screen.findByText('Options saved.');
    expect(onSave.mock.calls[0][0].organizationDocument).toEqual({
      organization: { trackingprefix: 'X:' },
    });
  });

  it('is not offered while switching from the local document to the service', async () => {
    const { user } = renderView(loaded('local'));

    await user.click(screen.getByLabelText(/In the CRM/));

    expect(screen.queryByRole('textbox', { name: EDITOR })).toBeNull();
  });
});

describe('OptionsView organization editor accessibility', () => {
  it('has no axe violations while showing the issues to review', async () => {
    const axe = (await import('axe-core')).default;
    const { user } = renderView(loaded('local'));
    await replaceText(user, '{"organization": {"maximumtrackingnumber": "lots"}}');
    await save(user);
    await screen.findByRole('list', { name: /would ignore or change/ });
    await user.click(screen.getByText('Settings with no effect yet'));

    // jsdom cannot compute colours, so contrast is left to the browser end-to-end test.
    const result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    });

    expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
