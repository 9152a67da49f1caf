import { TrackerError } from '../domain/errors';
import type { RegardingCandidate } from '../crm/crm-client';
import type { RecordRef } from '../domain/crm-records';
import type { OutlookHost, ShownMessage } from '../outlook/outlook-host';
import { connectToCrm, defaultClientFactory } from './crm-connection';
import type { CrmClientFactory, CrmConnection } from './crm-connection';
import { createDiagnosticsLog, type DiagnosticsLog } from './diagnostics-log';
import { errorDetails, reportError, type ErrorReport } from './error-report';
import { fallbackSettings, saveOptions, type OptionsChange } from './options-saving';
import { initialPaneState, LOADING, NO_ITEM, type PaneAction, type PaneState } from './pane-state';
import { ItemBook } from './item-book';
import { catchUpOnItem } from './item-catch-up';
import { backgroundTrackPlan, needsAutomaticTag } from './background-work';
import { evaluateShownMessage, type EvaluatedMessage } from './shown-message-evaluation';
import {
  changeShownRegarding,
  trackShown,
  trackShownInBackground,
  untrackShown,
  type ActionBody,
} from './shown-actions';
import {
  actionContextFor,
  tagItem,
  type ActionContext,
  type ActionResult,
} from './tracking-actions';

export interface TrackingControllerOptions {
  host: OutlookHost;
  createClient?: CrmClientFactory;
  /** CRM base URL given by the page that mounts the pane; else the build's. */
  crmBaseUrl?: string;
  log?: DiagnosticsLog;
}

/** The pane's model: one shown message at a time, its tracking state and the actions on it. */
export interface TrackingController {
  readonly log: DiagnosticsLog;
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  /** Loads settings, connects to the CRM, reads the shown message and follows ItemChanged. */
  start(): Promise<void>;
  dispose(): void;
  /** Tracks the shown message; with OverrideTrackInCrmBehaviour = 1 a regarding is required. */
  track(regarding?: RecordRef): Promise<void>;
  /** Untracked: tracks with that regarding; tracked: changes the activity's regarding. */
  setRegarding(record: RecordRef): Promise<void>;
  untrack(): Promise<void>;
  searchRegarding(text: string): Promise<RegardingCandidate[]>;
  saveOptions(change: OptionsChange): Promise<void>;
}

export function createTrackingController(options: TrackingControllerOptions): TrackingController {
  return new Controller(options);
}

class Controller implements TrackingController {
  readonly log: DiagnosticsLog;
  private readonly host: OutlookHost;
  /** Where the CRM is and how to reach it: what connecting and saving options need. */
  private readonly connectOptions: Parameters<typeof connectToCrm>[0];
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private connection: CrmConnection | null = null;
  private shown: EvaluatedMessage | null = null;
  private loadError: ErrorReport | null = null;
  /** Bumped by every load, so that a slow answer for an earlier selection is dropped. */
  private generation = 0;
  private readonly book = new ItemBook();
  private stopFollowing: (() => void) | null = null;

  constructor(options: TrackingControllerOptions) {
    this.host = options.host;
    this.log = options.log ?? createDiagnosticsLog();
    this.connectOptions = {
      host: options.host,
      createClient: options.createClient ?? defaultClientFactory,
      crmBaseUrl: options.crmBaseUrl,
      log: this.log,
    };
    this.state = initialPaneState(this.host.info());
  }

  getState(): PaneState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    this.stopFollowing ??= this.host.onItemChanged(() => void this.loadShown(false));
    await this.connect();
    await this.loadShown(false);
  }

  dispose(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.generation += 1;
  }

  track(regarding?: RecordRef): Promise<void> {
    return this.run('track', trackShown(regarding));
  }

  setRegarding(record: RecordRef): Promise<void> {
    const tracked = this.shown?.tracked;
    if (!tracked) {
      return this.track(record);
    }
    return this.run('setRegarding', changeShownRegarding(tracked.activityId, record));
  }

  untrack(): Promise<void> {
    return this.run('untrack', untrackShown());
  }

  async searchRegarding(text: string): Promise<RegardingCandidate[]> {
    const connection = this.requireConnection();
    const first = connection.loaded.settings.orgdborgsettings.SetRegardingLookupDefaultEntityType;
    try {
      return await connection.client.searchRegarding(text, { first: first || undefined, top: 25 });
    } catch (error) {
      this.log.error('The regarding search failed.', errorDetails(error));
      throw error;
    }
  }

  async saveOptions(change: OptionsChange): Promise<void> {
    // Without a connection the settings shown are fallbackSettings, not the CRM's.
    const personalOptionsLoaded = this.connection !== null;
    await saveOptions({ ...this.connectOptions, change, log: this.log, personalOptionsLoaded });
    await this.connect();
    await this.loadShown(false);
  }

  private async connect(): Promise<void> {
    try {
      this.connection = await connectToCrm(this.connectOptions);
      this.loadError = null;
      this.update({ settings: this.connection.loaded, user: this.connection.user, error: null });
    } catch (error) {
      this.connection = null;
      this.loadError = reportError(error, false);
      this.log.error('The settings or the CRM could not be loaded.', errorDetails(error));
      const settings = await fallbackSettings(this.host);
      this.update({ phase: 'unavailable', settings, error: this.loadError, status: 'Failed' });
    }
  }

  /** Automatic tagging, once per item; failures are warnings in the diagnostics log. */
  private tagTrackedElsewhere(shown: EvaluatedMessage): void {
    const connection = this.connection;
    const itemId = shown.message.itemId;
    if (!connection || !shown.tracked) return;
    if (!needsAutomaticTag(shown, connection.loaded.settings)) return;
    if (this.book.isBusy(itemId) || !this.book.claimAutoTag(itemId)) return;

    const note = {
      activityId: shown.tracked.activityId,
      untrackedByUser: shown.message.untrackedByUser ?? false,
      // Tracked elsewhere: later views must keep calling it a Duplicate, not this item's own copy.
      origin: 'tagged' as const,
    };
    void tagItem(this.actionContext(connection), itemId, note);
  }

  private actionContext(connection: CrmConnection): ActionContext {
    return actionContextFor(connection, this.host, this.log);
  }

  private requireConnection(): CrmConnection {
    if (!this.connection) {
      throw new TrackerError('CrmUnavailable', 'The CRM is not connected.');
    }
    return this.connection;
  }

  /** Reads the selected message and evaluates it; quiet keeps the old view while it works. */
  private async loadShown(quiet: boolean, knownActivityId?: string): Promise<void> {
    const generation = ++this.generation;
    const connection = this.connection;
    if (!connection) {
      return;
    }
    if (!quiet) {
      this.shown = null;
      this.loadError = null;
      this.update(LOADING);
    }

    let message: ShownMessage | null = null;
    try {
      message = await this.host.readShownMessage();
      if (generation !== this.generation) return;
      if (!message) {
        this.shown = null;
        this.update(NO_ITEM);
        return;
      }
      message = await catchUpOnItem(this.book, this.actionContext(connection), message);
      if (generation !== this.generation) return;

      const { client, loaded } = connection;
      const evaluated = await evaluateShownMessage({
        message,
        settings: loaded.settings,
        client,
        log: this.log,
        knownActivityId,
        trackedBy: this.book.trackedBy(message.itemId),
      });
      if (generation !== this.generation) return;

      this.shown = evaluated;
      this.loadError = null;
      this.showItem();
      this.trackInBackground(evaluated);
      this.tagTrackedElsewhere(evaluated);
    } catch (error) {
      if (generation !== this.generation) return;
      this.loadError = reportError(error, this.verbose());
      this.log.error('The message could not be evaluated.', errorDetails(error));
      if (this.shown) {
        this.showItem();
      } else {
        this.update({ phase: 'ready', message, status: 'Failed', error: this.loadError });
      }
    }
  }

  /** Background tracking: a 'track' verdict is tracked once per item, never retried. */
  private trackInBackground(shown: EvaluatedMessage): void {
    const itemId = shown.message.itemId;
    const settings = this.connection?.loaded.settings;
    const plan = settings && backgroundTrackPlan(shown, settings);
    if (!plan || this.book.isBusy(itemId) || !this.book.claimAutomaticTry(itemId)) return;

    const body = trackShownInBackground(plan.regarding);
    this.run('track', body, { automatic: true }).catch(() => undefined);
  }

  /** One action at a time per item; results land only if that item is still the shown one. */
  private async run(
    kind: PaneAction,
    body: ActionBody,
    options: { automatic?: boolean } = {},
  ): Promise<void> {
    const connection = this.requireConnection();
    const shown = this.shown;
    if (!shown) {
      throw new TrackerError('NoItem', 'No message is selected.');
    }
    const itemId = shown.message.itemId;
    if (this.book.isBusy(itemId)) {
      throw new TrackerError('ConcurrentAction', 'Another action on this message is running.');
    }

    this.book.begin(itemId, kind);
    this.showItem();

    const context = this.actionContext(connection);
    let result: ActionResult | null = null;
    // Boxed, so that whatever the action threw is rethrown as is, once the pane caught up.
    let failure: { error: unknown } | null = null;
    try {
      result = await body(context, shown);
      this.book.succeeded(itemId, kind, result, options.automatic ?? false);
    } catch (error) {
      failure = { error };
      this.book.failed(itemId, kind, reportError(error, this.verbose()));
      this.log.error(`${kind} failed.`, errorDetails(error));
    } finally {
      this.book.end(itemId);
    }

    if (this.shown?.message.itemId === itemId) {
      await this.loadShown(true, result?.activityId ?? undefined);
    }
    if (failure) {
      throw failure.error;
    }
  }

  private verbose(): boolean {
    return this.connection?.loaded.settings.orgdborgsettings.VerboseErrorsOnPromoteToCRM === 1;
  }

  private showItem(): void {
    if (this.shown) {
      this.update(this.book.view(this.shown, this.loadError));
    }
  }

  private update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
