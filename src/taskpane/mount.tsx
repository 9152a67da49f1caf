import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { createOfficeHost } from '../outlook/office-host';
import { createDiagnosticsLog } from '../app/diagnostics-log';
import {
  createTrackingController,
  type TrackingControllerOptions,
} from '../app/tracking-controller';
import { App } from './App';
import { PaneErrorBoundary } from './PaneErrorBoundary';
import { themeFor } from './theme';

export interface MountOptions {
  /** Overrides the build's CRM base URL (the harness passes its own origin). */
  crmBaseUrl?: string;
  /** For tests: the CRM client factory. */
  createClient?: TrackingControllerOptions['createClient'];
}

/** Renders the task pane for the Office (or fake Office) given into the container. */
export function mountTaskpane(
  container: HTMLElement,
  office: typeof Office,
  options: MountOptions = {},
): void {
  const log = createDiagnosticsLog();
  const host = createOfficeHost(office, {
    onError: (error) => log.error(error.message, `code ${error.code}`),
  });
  const controller = createTrackingController({
    host,
    log,
    crmBaseUrl: options.crmBaseUrl,
    createClient: options.createClient,
  });

  createRoot(container).render(
    <FluentProvider theme={themeFor(host.theme())}>
      <PaneErrorBoundary onError={(message, details) => log.error(message, details)}>
        <App controller={controller} />
      </PaneErrorBoundary>
    </FluentProvider>,
  );
}
