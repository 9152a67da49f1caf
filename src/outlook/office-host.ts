import type { KeyValueStore } from '../settings/settings-source';
import type { TrackerError } from '../domain/errors';
import type { HostInfo, OutlookHost } from './outlook-host';
import { addCategory, removeCategory } from './categories';
import { saveTrackedActivityId, saveTrackingNote } from './custom-properties';
import { REQUIRED_MAILBOX_SET } from './host-problem';
import { toPromise } from './office-promise';
import { readShownMessage } from './read-message';
import { createLocalStore, createRoamingStore } from './roaming-store';

export { detectHostProblem } from './host-problem';
export {
  TRACKED_ACTIVITY_PROPERTY,
  TRACKING_ORIGIN_PROPERTY,
  UNTRACKED_BY_USER_PROPERTY,
} from './custom-properties';

export interface OfficeHostOptions {
  /** Told about failures that have no promise to reject (event handler registration). */
  onError?: (error: TrackerError) => void;
}

/** The OutlookHost over Office.js (or the fake Office of the harness and tests). */
export function createOfficeHost(
  office: typeof Office,
  options: OfficeHostOptions = {},
): OutlookHost {
  const reportError = options.onError ?? ((error: TrackerError) => console.error(error));
  const itemChanged = createItemChangedHub(office, reportError);
  let store: KeyValueStore | null = null;

  return {
    info: () => readHostInfo(office),
    mailboxOwner() {
      const profile = office.context.mailbox.userProfile;
      return { address: profile.emailAddress, name: profile.displayName };
    },
    readShownMessage: () => readShownMessage(office),
    onItemChanged: (handler) => itemChanged.subscribe(handler),
    saveTrackedActivityId: (itemId, activityId) =>
      saveTrackedActivityId(office, itemId, activityId),
    saveTrackingNote: (itemId, note) => saveTrackingNote(office, itemId, note),
    addCategory: (itemId, name) => addCategory(office, itemId, name),
    removeCategory: (itemId, name) => removeCategory(office, itemId, name),
    roamingSettings() {
      store ??= office.context.roamingSettings ? createRoamingStore(office) : createLocalStore();
      return store;
    },
    theme() {
      const theme = office.context.officeTheme;
      if (!theme) {
        return null;
      }
      return {
        bodyBackgroundColor: theme.bodyBackgroundColor,
        bodyForegroundColor: theme.bodyForegroundColor,
      };
    },
  };
}

function readHostInfo(office: typeof Office): HostInfo {
  const diagnostics = office.context.diagnostics;
  const supportsMailbox18 =
    office.context.requirements?.isSetSupported('Mailbox', REQUIRED_MAILBOX_SET) ?? false;
  return {
    host: String(diagnostics?.host ?? 'unknown'),
    platform: String(diagnostics?.platform ?? 'unknown'),
    supportsMailbox18,
    supportsCategories: supportsMailbox18 && office.context.mailbox.masterCategories !== undefined,
  };
}

/**
 * One Office ItemChanged handler shared by every subscriber: Mailbox.removeHandlerAsync removes
 * all handlers of the event type, so the Office handler is removed only with the last subscriber.
 */
function createItemChangedHub(office: typeof Office, reportError: (e: TrackerError) => void) {
  const handlers = new Set<() => void>();
  const mailbox = office.context.mailbox;
  const onOfficeEvent = () => {
    for (const handler of [...handlers]) {
      handler();
    }
  };

  const register = () =>
    toPromise<void>(office, 'addHandlerAsync(ItemChanged)', (callback) =>
      mailbox.addHandlerAsync(office.EventType.ItemChanged, onOfficeEvent, callback),
    ).catch(reportError);
  const unregister = () =>
    toPromise<void>(office, 'removeHandlerAsync(ItemChanged)', (callback) =>
      mailbox.removeHandlerAsync(office.EventType.ItemChanged, callback),
    ).catch(reportError);

  return {
    subscribe(handler: () => void): () => void {
      // Wrap so the same function subscribed twice gets two independent subscriptions.
      const entry = () => handler();
      handlers.add(entry);
      if (handlers.size === 1) {
        void register();
      }

      let subscribed = true;
      return () => {
        if (!subscribed) {
          return;
        }
        subscribed = false;
        handlers.delete(entry);
        if (handlers.size === 0) {
          void unregister();
        }
      };
    },
  };
}
