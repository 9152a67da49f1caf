import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrgDbOrgSettings } from '../../../src/domain/settings-model';
import { defaultSettings, findSettingReference } from '../../../src/settings';
import { OrganizationSettingsView } from '../../../src/taskpane/options/OrganizationSettingsView';

const SYSTEM = 'System settings (organization)';
const ORGDB = 'OrgDBOrgSettings';

function renderView(orgdb: Partial<OrgDbOrgSettings> = {}) {
  const settings = defaultSettings();
  Object.assign(settings.orgdborgsettings, orgdb);
  settings.organization.trackingprefix = 'CRM:;OLD:';
  render(
    <FluentProvider theme={webLightTheme}>
      <OrganizationSettingsView
        organization={settings.organization}
        orgdb={settings.orgdborgsettings}
      />
    </FluentProvider>,
  );
  return userEvent.setup();
}

/** The <dd> that shows a key, and the <dt> it belongs to. */
function settingEntry(key: string) {
  const detail = screen.getByText(key, { selector: 'code' }).closest('dd');
  if (!detail) throw new Error(`${key} is not shown as a definition`);
  return { term: detail.previousElementSibling, detail };
}

jest.setTimeout(30000);

describe('OrganizationSettingsView', () => {
  it('keeps both groups collapsed until the user opens them', async () => {
    const user = renderView();

    expect(screen.queryByText('trackingprefix')).toBeNull();
    expect(screen.queryByText('DoNotAutoTrackEmail')).toBeNull();

    await user.click(screen.getByText(SYSTEM));
    expect(screen.getByText('trackingprefix')).toBeInTheDocument();
    expect(screen.queryByText('DoNotAutoTrackEmail')).toBeNull();

    await user.click(screen.getByText(SYSTEM));
    expect(screen.queryByText('trackingprefix')).toBeNull();
  });

  it.each([
    [SYSTEM, 'trackingprefix', 'trackingprefix = CRM:;OLD:'],
    [SYSTEM, 'emailcorrelationenabled', 'emailcorrelationenabled = true'],
    [ORGDB, 'DoNotAutoTrackEmail', 'DoNotAutoTrackEmail = true'],
    [ORGDB, 'SSSForceFilteringMethodForUserMailboxes', '= -1'],
    [ORGDB, 'SetRegardingLookupDefaultEntityType', 'SetRegardingLookupDefaultEntityType = (empty)'],
  ])('under %p shows %p with its label over "key = value"', async (group, key, line) => {
    const user = renderView({ DoNotAutoTrackEmail: true });
    await user.click(screen.getByText(group));

    const { term, detail } = settingEntry(key);
    expect(term?.tagName).toBe('DT');
    expect(term).toHaveTextContent(findSettingReference(key)?.label ?? 'missing label');
    expect(detail).toHaveTextContent(line);
  });

  it('marks a setting that is modelled only, and no other', async () => {
    const user = renderView();
    await user.click(screen.getByText(ORGDB));

    expect(settingEntry('SendEmailSynchronously').detail).toHaveTextContent('modelled only');
    expect(settingEntry('DoNotAutoTrackEmail').detail).not.toHaveTextContent('modelled only');
  });

  it('groups every setting as one term and one definition in a description list', async () => {
    const user = renderView();
    await user.click(screen.getByText(SYSTEM));
    await user.click(screen.getByText(ORGDB));

    const terms = screen.getAllByRole('term');
    const definitions = screen.getAllByRole('definition');
    expect(terms.length).toBeGreaterThan(10);
    expect(definitions).toHaveLength(terms.length);
    expect(terms.every((term) => term.closest('dl') !== null)).toBe(true);
  });

  it.each([
    [SYSTEM, 'trackingprefix', '(default: CRM:)'],
    [ORGDB, 'DoNotAutoTrackEmail', '(default: false)'],
    [ORGDB, 'SetRegardingLookupDefaultEntityType', null],
    [SYSTEM, 'emailcorrelationenabled', null],
  ])('under %p marks %p when it differs from the default: %p', async (group, key, note) => {
    const user = renderView({ DoNotAutoTrackEmail: true });
    await user.click(screen.getByText(group));

    const { detail } = settingEntry(key);
    if (note === null) expect(detail).not.toHaveTextContent('(default:');
    else expect(detail).toHaveTextContent(note);
  });

  it.each([
    [
      'a1b2',
      /An administrator changes these in the CRM\. .*PATCH to \/api\/data\/v9\.2\/organizations\(a1b2\)\./,
    ],
    [undefined, /^An administrator changes these in the CRM\.$/],
  ])('says an administrator changes them (organization id %p)', (organizationId, sentence) => {
    const settings = defaultSettings();
    render(
      <FluentProvider theme={webLightTheme}>
        <OrganizationSettingsView
          organization={settings.organization}
          orgdb={settings.orgdborgsettings}
          source="service"
          organizationId={organizationId}
        />
      </FluentProvider>,
    );

    expect(screen.getByText(/An administrator/)).toHaveTextContent(sentence);
  });

  it('lists the OrgDBOrgSettings names it does not know, with their values', async () => {
    const user = renderView({ unknown: { FutureSwitch: '1', EmptyOne: '' } });
    await user.click(screen.getByText(ORGDB));

    const list = screen.getByRole('list', { name: /Other names in OrgDBOrgSettings/ });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' '))).toEqual([
      'FutureSwitch = 1',
      'EmptyOne = (empty)',
    ]);
  });

  it('says so when OrgDBOrgSettings has no other names', async () => {
    const user = renderView({ unknown: {} });
    await user.click(screen.getByText(ORGDB));

    expect(screen.queryByRole('list', { name: /Other names/ })).toBeNull();
    expect(screen.getByText('None.')).toBeInTheDocument();
  });
});
