import type { TrackedBy } from '../domain/own-copy';
import type { TrackingNote } from '../outlook/outlook-host';
import type { ErrorReport } from './error-report';
import type { PaneAction, PaneState } from './pane-state';
import type { EvaluatedMessage } from './shown-message-evaluation';
import type { ActionResult } from './tracking-actions';

/**
 * What the pane remembers per Outlook item id: the action running on it, its last failure and
 * warnings, the activity it tracked, the note still to be written on it, and whether background
 * tracking already tried it. Keyed by item, because an action can outlast the selection and the
 * user can come back to the item.
 */
export class ItemBook {
  private readonly busy = new Map<string, PaneAction>();
  private readonly failures = new Map<string, { kind: PaneAction; report: ErrorReport }>();
  private readonly warnings = new Map<string, string[]>();
  private readonly activities = new Map<string, string>();
  private readonly pendingNotes = new Map<string, TrackingNote>();
  private readonly autoAttempted = new Set<string>();
  private readonly autoTracked = new Set<string>();
  private readonly autoTagged = new Set<string>();

  isBusy(itemId: string): boolean {
    return this.busy.has(itemId);
  }

  /** Starts an action: clears the item's last outcome. */
  begin(itemId: string, kind: PaneAction): void {
    this.busy.set(itemId, kind);
    this.failures.delete(itemId);
    this.warnings.delete(itemId);
  }

  succeeded(itemId: string, kind: PaneAction, result: ActionResult, automatic: boolean): void {
    this.warnings.set(itemId, result.warnings);
    if (result.pendingNote) {
      this.pendingNotes.set(itemId, result.pendingNote);
    }
    if (automatic) this.autoTracked.add(itemId);

    if (kind === 'track' && result.activityId) {
      this.activities.set(itemId, result.activityId);
    }
    if (kind === 'untrack') {
      this.activities.delete(itemId);
      this.autoTracked.delete(itemId);
      // What the user untracked stays untracked, even if the note on the item could not be saved.
      this.autoAttempted.add(itemId);
    }
  }

  failed(itemId: string, kind: PaneAction, report: ErrorReport): void {
    this.failures.set(itemId, { kind, report });
  }

  end(itemId: string): void {
    this.busy.delete(itemId);
  }

  /** The activity this pane tracked the item as, for items whose note is not written (yet). */
  trackedActivity(itemId: string): string | null {
    return this.activities.get(itemId) ?? null;
  }

  /** How this pane tracked the item: in background, by the user, or not in this session. */
  trackedBy(itemId: string): TrackedBy {
    if (this.autoTracked.has(itemId)) return 'automatic';
    return this.activities.has(itemId) ? 'user' : 'unknown';
  }

  /** The note still to be written on the item, once it is the selected one again. */
  pendingNote(itemId: string): TrackingNote | null {
    return this.pendingNotes.get(itemId) ?? null;
  }

  /** The pending note is written: its warnings replace the ones of the action. */
  notePlaced(itemId: string, warnings: string[]): void {
    this.pendingNotes.delete(itemId);
    this.warnings.set(itemId, warnings);
  }

  /** Background tracking tries each item once; true the first time only. */
  claimAutomaticTry(itemId: string): boolean {
    if (this.autoAttempted.has(itemId)) return false;
    this.autoAttempted.add(itemId);
    return true;
  }

  /** Automatic tagging marks each item once; true the first time only. */
  claimAutoTag(itemId: string): boolean {
    if (this.autoTagged.has(itemId)) return false;
    this.autoTagged.add(itemId);
    return true;
  }

  /** The pane state for the shown item; a loading failure outranks the item's own. */
  view(shown: EvaluatedMessage, loadError: ErrorReport | null): Partial<PaneState> {
    const itemId = shown.message.itemId;
    const pending = this.busy.get(itemId) ?? null;
    const failure = this.failures.get(itemId) ?? null;
    // The CRM's answer can be lost after it did the work: the re-read decides what happened.
    const reached = failure !== null && outcomeReached(failure, shown);
    const error = loadError ?? (reached ? null : (failure?.report ?? null));
    const status = pending
      ? 'Pending'
      : error
        ? 'Failed'
        : shown.tracked
          ? 'Tracked'
          : 'Not tracked';

    const warnings = this.warnings.get(itemId) ?? [];
    return {
      phase: 'ready',
      message: shown.message,
      evaluation: shown.evaluation,
      tracked: shown.tracked,
      status,
      pending,
      error,
      warnings: reached && !pending ? [...warnings, lostAnswerNote(failure.kind)] : warnings,
      trackedAutomatically: this.autoTracked.has(itemId) && shown.tracked !== null,
      ownCopy: shown.ownCopy,
      untrackedByUser: shown.tracked === null && (shown.message.untrackedByUser ?? false),
    };
  }
}

/** Failures after which the CRM may have done the work all the same: its answer got lost. */
const ANSWER_LOST = new Set<ErrorReport['code']>(['CrmUnavailable', 'CrmTimeout']);

/** The action failed on the way back, yet its goal is what the CRM shows now. */
function outcomeReached(
  failure: { kind: PaneAction; report: ErrorReport },
  shown: EvaluatedMessage,
): boolean {
  const { kind, report } = failure;
  if (!ANSWER_LOST.has(report.code)) return false;
  if (kind === 'track') return shown.tracked !== null;
  if (kind === 'untrack') return shown.tracked === null;
  return false;
}

function lostAnswerNote(kind: PaneAction): string {
  return kind === 'untrack'
    ? 'The answer of the CRM was lost, but the email activity is deleted.'
    : 'The answer of the CRM was lost, but the message is tracked.';
}
