import type { ErrorReport } from './error-report';
import type { PaneAction, PaneState } from './pane-state';
import type { EvaluatedMessage } from './shown-message-evaluation';

/**
 * What the pane remembers per Outlook item id: the action running on it, its last failure and
 * warnings, and whether background tracking already tried it. Keyed by item, because an action
 * can outlast the selection and the user can come back to the item.
 */
export class ItemBook {
  private readonly busy = new Map<string, PaneAction>();
  private readonly failures = new Map<string, ErrorReport>();
  private readonly warnings = new Map<string, string[]>();
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

  succeeded(itemId: string, kind: PaneAction, warnings: string[], automatic: boolean): void {
    this.warnings.set(itemId, warnings);
    if (automatic) this.autoTracked.add(itemId);
    if (kind === 'untrack') this.autoTracked.delete(itemId);
  }

  failed(itemId: string, report: ErrorReport): void {
    this.failures.set(itemId, report);
  }

  end(itemId: string): void {
    this.busy.delete(itemId);
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
    const error = loadError ?? this.failures.get(itemId) ?? null;
    const status = pending
      ? 'Pending'
      : error
        ? 'Failed'
        : shown.tracked
          ? 'Tracked'
          : 'Not tracked';

    return {
      phase: 'ready',
      message: shown.message,
      evaluation: shown.evaluation,
      tracked: shown.tracked,
      status,
      pending,
      error,
      warnings: this.warnings.get(itemId) ?? [],
      trackedAutomatically: this.autoTracked.has(itemId) && shown.tracked !== null,
    };
  }
}
