import type { MessageFacts } from '../domain/message-facts';
import type { KeyValueStore } from '../settings/settings-source';

/** The message shown in the pane, as read through Office.js. */
export interface ShownMessage {
  /** Office item id (or a stand-in) that identifies the message the pane acts on. */
  itemId: string;
  facts: MessageFacts;
  /** Body as HTML, for the email activity's description. */
  bodyHtml: string;
  /** The user untracked this message: background tracking leaves it alone for good. */
  untrackedByUser?: boolean;
  /** How the activity id on the item got there; absent means 'tracked' (older notes). */
  trackingOrigin?: TrackingOrigin;
}

/**
 * tracked: the message was tracked from this item (by hand or in the background);
 * tagged: automatic tagging marked the item because a copy was tracked elsewhere.
 */
export type TrackingOrigin = 'tracked' | 'tagged';

/** What the add-in notes on an Outlook item (custom properties), written in one save. */
export interface TrackingNote {
  /** The tracked email activity's id; null clears it. */
  activityId: string | null;
  /** Set on Untrack, cleared by a manual Track: background tracking never re-tracks it. */
  untrackedByUser: boolean;
  /** How the activity id got onto the item; 'tracked' when left out. */
  origin?: TrackingOrigin;
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
  /** Stores the activity id and the untracked-by-user mark on the item in one save. */
  saveTrackingNote(itemId: string, note: TrackingNote): Promise<void>;
  /** Adds the category to the item, adding it to the master list first if missing. */
  addCategory(itemId: string, name: string): Promise<void>;
  removeCategory(itemId: string, name: string): Promise<void>;
  /** Office roaming settings (or localStorage outside Outlook). */
  roamingSettings(): KeyValueStore;
  /** Office theme colours, when the host gives them. */
  theme(): { bodyBackgroundColor?: string; bodyForegroundColor?: string } | null;
}
