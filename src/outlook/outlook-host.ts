import type { MessageFacts } from '../domain/message-facts';
import type { KeyValueStore } from '../settings/settings-source';

/** The message shown in the pane, as read through Office.js. */
export interface ShownMessage {
  /** Office item id (or a stand-in) that identifies the message the pane acts on. */
  itemId: string;
  facts: MessageFacts;
  /** Body as HTML, for the email activity's description. */
  bodyHtml: string;
}

export interface HostInfo {
  /** Office host name and platform, for diagnostics ("Outlook", "OfficeOnline"). */
  host: string;
  platform: string;
  /** Mailbox requirement set 1.8 (internet headers, categories) is available. */
  supportsMailbox18: boolean;
  supportsCategories: boolean;
}

/**
 * Everything the add-in asks of Outlook, as promises. Implemented over Office.js in
 * office-host.ts; the harness and tests use it over the fake Office from src/harness/fake-office.
 */
export interface OutlookHost {
  info(): HostInfo;
  /** The mailbox owner's SMTP address and display name. */
  mailboxOwner(): { address: string; name: string };
  /** Reads the selected message, or null when no message is selected. */
  readShownMessage(): Promise<ShownMessage | null>;
  /** Calls the handler when the selection changes (pinned pane); returns an unsubscribe. */
  onItemChanged(handler: () => void): () => void;
  /** Stores the tracked activity id on the item (custom properties); null clears it. */
  saveTrackedActivityId(itemId: string, activityId: string | null): Promise<void>;
  /** Adds the category to the item, adding it to the master list first if missing. */
  addCategory(itemId: string, name: string): Promise<void>;
  removeCategory(itemId: string, name: string): Promise<void>;
  /** Office roaming settings (or localStorage outside Outlook). */
  roamingSettings(): KeyValueStore;
  /** Office theme colours, when the host gives them. */
  theme(): { bodyBackgroundColor?: string; bodyForegroundColor?: string } | null;
}
