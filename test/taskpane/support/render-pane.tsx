import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createFakeOffice, type FakeMessageItem } from '../../../src/harness/fake-office';
import { createOfficeHost } from '../../../src/outlook/office-host';
import { CLIENT_OPTIONS_KEY } from '../../../src/settings';
import { createDiagnosticsLog } from '../../../src/app/diagnostics-log';
import { createTrackingController } from '../../../src/app/tracking-controller';
import type { ClientOptions } from '../../../src/domain/settings-model';
import { App } from '../../../src/taskpane/App';
import { BOB, createMemoryCrm, type MemoryCrm } from './memory-crm';

/**
 * Renders the pane over the one fake Office (through the real adapter) and an in-memory CRM.
 * Background tracking is off unless the test turns it on, so that clicks are what track.
 */
export async function renderPane(
  options: {
    crm?: MemoryCrm;
    item?: FakeMessageItem | null;
    client?: Partial<ClientOptions>;
    requirementSet?: string;
  } = {},
) {
  const crm = options.crm ?? createMemoryCrm();
  const fake = createFakeOffice({
    mailboxOwner: { address: BOB.address, name: BOB.name },
    requirementSet: options.requirementSet,
  });
  if (options.item) {
    await fake.selectItem(options.item);
  }

  const log = createDiagnosticsLog({ echo: null });
  const host = createOfficeHost(fake.office, { onError: (e) => log.error(e.message) });
  const client = { backgroundTrack: false, ...options.client };
  host.roamingSettings().set(CLIENT_OPTIONS_KEY, JSON.stringify(client));

  const controller = createTrackingController({ host, log, createClient: () => crm });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} />
    </FluentProvider>,
  );
  // getComputedStyle is slow over Fluent's many style rules in jsdom; skip the pointer check.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  return { ...view, crm, fake, controller, log, user };
}
