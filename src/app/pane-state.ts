import type { LoadedSettings } from '../settings/settings-source';
import type { CrmUser, RecordRef } from '../domain/crm-records';
import type { Evaluation } from '../domain/evaluation';
import type { HostInfo, ShownMessage } from '../outlook/outlook-host';
import type { ErrorReport } from './error-report';

/** What the status banner says first. */
export type TrackingStatus = 'Not tracked' | 'Tracked' | 'Pending' | 'Failed';

export type PaneAction = 'track' | 'setRegarding' | 'untrack';

/** The email activity the shown message is tracked as. */
export interface TrackedInfo {
  activityId: string;
  regarding: RecordRef | null;
  /** The activity's owner: who tracked it. */
  byName: string | null;
  ownerId: string | null;
  /** The current user owns the activity, so Untrack may delete it. */
  mine: boolean;
  /** ISO 8601 creation time of the activity. */
  on: string | null;
}

/**
 * starting: settings and CRM not loaded yet; unavailable: they failed (see error);
 * loading: reading the shown message; no-item: nothing selected; ready: message evaluated.
 */
export type PanePhase = 'starting' | 'unavailable' | 'loading' | 'no-item' | 'ready';

/** Everything the views render; replaced as a whole on every change. */
export interface PaneState {
  phase: PanePhase;
  host: HostInfo;
  settings: LoadedSettings | null;
  user: CrmUser | null;
  message: ShownMessage | null;
  evaluation: Evaluation | null;
  status: TrackingStatus;
  tracked: TrackedInfo | null;
  /** The action running on the shown message, if any. */
  pending: PaneAction | null;
  /** The last failure on the shown message (or of loading). */
  error: ErrorReport | null;
  /** Things that went wrong without failing the action (tagging, for one). */
  warnings: string[];
  /** The shown message was tracked by background tracking. */
  trackedAutomatically: boolean;
  /**
   * The message is tracked from this item: the evaluation is what the rules say about the message
   * itself, as if its own activity did not exist (a Duplicate then means a copy tracked elsewhere).
   */
  ownCopy: boolean;
  /** The user untracked the shown message: background tracking leaves it alone. */
  untrackedByUser: boolean;
}

/** Before settings and the CRM are loaded. */
export function initialPaneState(host: HostInfo): PaneState {
  return {
    phase: 'starting',
    host,
    settings: null,
    user: null,
    message: null,
    evaluation: null,
    status: 'Not tracked',
    tracked: null,
    pending: null,
    error: null,
    warnings: [],
    trackedAutomatically: false,
    ownCopy: false,
    untrackedByUser: false,
  };
}

/** While a newly selected message is read: nothing of the previous one stays on screen. */
export const LOADING: Partial<PaneState> = Object.freeze({
  phase: 'loading',
  message: null,
  evaluation: null,
  tracked: null,
  status: 'Not tracked',
  pending: null,
  error: null,
  warnings: [],
  trackedAutomatically: false,
  ownCopy: false,
  untrackedByUser: false,
});

/** Nothing is selected: no message, and nothing said about one. */
export const NO_ITEM: Partial<PaneState> = Object.freeze({
  phase: 'no-item',
  message: null,
  evaluation: null,
  tracked: null,
  ownCopy: false,
});
