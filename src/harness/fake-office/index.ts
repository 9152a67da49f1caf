import { createAsyncCalls, type FakeAsyncMethod } from './async-calls';
import {
  AsyncResultStatus,
  CoercionType,
  EventType,
  HostType,
  MailboxEnums,
  PlatformType,
} from './enums';
import type { FakeMessageItem } from './fake-message-item';
import { createMemoryStorage, type FakeStorage } from './fake-storage';
import { createFakeMailbox } from './mailbox';
import { createMailboxState, type FakeCategory, type FakeItemState } from './mailbox-state';
import { createReadItem } from './read-item';
import { createFakeRoamingSettings } from './roaming-settings';

export type { FakeAsyncMethod } from './async-calls';
export type { FakeEmailAddress, FakeMessageItem, FakeAttachment } from './fake-message-item';
export type { FakeStorage } from './fake-storage';
export type { FakeCategory, FakeItemState } from './mailbox-state';
export { createMemoryStorage } from './fake-storage';
export {
  deriveConversationId,
  fakeItemFromEml,
  textToHtml,
  type FakeItemFromEmlOptions,
} from './fake-item-from-eml';

export interface FakeOfficeOptions {
  mailboxOwner: { address: string; name: string };
  /** Highest Mailbox requirement set the fake host supports; default '1.13'. */
  requirementSet?: string;
  /** Office.context.diagnostics.host; default 'Outlook'. */
  hostName?: string;
  /** Office.context.diagnostics.platform; default 'OfficeOnline'. */
  platform?: string;
  /** Where roaming settings are saved; default memory. */
  roamingStorage?: FakeStorage;
  /** Where master categories and each item's categories and custom properties live. */
  mailboxStorage?: FakeStorage;
  /** Master categories the mailbox starts with (when the storage holds none). */
  masterCategories?: FakeCategory[];
  /** Office.context.officeTheme; default none. */
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string } | null;
  /** Leave out Office.context.roamingSettings (as some hosts do outside Outlook). */
  withoutRoamingSettings?: boolean;
}

export interface FakeOffice {
  /** The Office.js-shaped object: hand it to createOfficeHost or mountTaskpane. */
  office: typeof Office;
  /** Selects a message (null: nothing selected) and fires ItemChanged; resolves once fired. */
  selectItem(item: FakeMessageItem | null): Promise<void>;
  currentItem(): FakeMessageItem | null;
  /** The next call of the method fails with this Office error name. */
  failNext(method: FakeAsyncMethod, errorName?: string, message?: string): void;
  /** What the mailbox holds for an item (categories, custom properties), for assertions. */
  itemState(itemId: string): FakeItemState;
  masterCategories(): FakeCategory[];
  /** How many ItemChanged handlers are registered. */
  itemChangedHandlerCount(): number;
}

/** A stand-in for Office.js with only what the add-in uses; runs in Node, jsdom and browsers. */
export function createFakeOffice(options: FakeOfficeOptions): FakeOffice {
  const calls = createAsyncCalls();
  const requirementSet = options.requirementSet ?? '1.13';
  const supports18 = compareVersions(requirementSet, '1.8') >= 0;
  const state = createMailboxState(
    options.mailboxStorage ?? createMemoryStorage(),
    options.masterCategories,
  );
  const hostName = options.hostName ?? HostType.Outlook;
  const platform = options.platform ?? PlatformType.OfficeOnline;

  let selected: { message: FakeMessageItem; item: object } | null = null;
  const mailboxParts = createFakeMailbox({
    calls,
    state,
    supports18,
    owner: options.mailboxOwner,
    hostName,
    currentItem: () => selected?.item ?? null,
  });

  const context: Record<string, unknown> = {
    mailbox: mailboxParts.mailbox,
    diagnostics: { host: hostName, platform, version: '16.0.0.0' },
    requirements: {
      isSetSupported: (name: string, minVersion?: string | number) =>
        name === 'Mailbox' && compareVersions(requirementSet, String(minVersion ?? '1.1')) >= 0,
    },
    displayLanguage: 'en-US',
    contentLanguage: 'en-US',
  };
  if (!options.withoutRoamingSettings) {
    context.roamingSettings = createFakeRoamingSettings(
      options.roamingStorage ?? createMemoryStorage(),
      calls,
    );
  }
  if (options.officeTheme) {
    context.officeTheme = { ...options.officeTheme };
  }

  const office = {
    context,
    AsyncResultStatus,
    EventType,
    HostType,
    PlatformType,
    CoercionType,
    MailboxEnums,
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: hostName, platform };
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
  };

  return {
    office: office as unknown as typeof Office,
    selectItem(message) {
      selected =
        message === null
          ? null
          : { message, item: createReadItem(message, { calls, state, supports18 }) };
      return new Promise<void>((resolve) => {
        // Office raises ItemChanged on a later task, after the new item is in place.
        setTimeout(() => {
          mailboxParts.fireItemChanged();
          resolve();
        }, 0);
      });
    },
    currentItem: () => selected?.message ?? null,
    failNext: (method, errorName, message) => calls.failNext(method, errorName, message),
    itemState: (itemId) => state.item(itemId),
    masterCategories: () => state.masterCategories(),
    itemChangedHandlerCount: () => mailboxParts.handlerCount(),
  };
}

/** Compares dotted version numbers ("1.8" < "1.13"). */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) {
      return Math.sign(difference);
    }
  }
  return 0;
}
