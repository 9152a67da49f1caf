import type { CrmLookups } from '../domain/crm-lookups';
import type { RecordRef, RegardingTable, TrackedEmail } from '../domain/crm-records';
import type { EmailActivityDraft, SenderRecordDraft } from '../domain/activity-draft';
import type { SettingsServiceApi } from '../settings/settings-source';

/** A row found by the Set Regarding search. */
export interface RegardingCandidate extends RecordRef {
  table: RegardingTable;
  /** A second line for the result list (account name, email, topic...). */
  detail: string;
}

/**
 * The add-in's view of a Dataverse organization (the bundled mock or a real one). Every method
 * rejects with a TrackerError (codes CrmUnavailable, CrmTimeout, CrmRejected, CrmNotFound).
 */
export interface CrmClient extends CrmLookups, SettingsServiceApi {
  /** Creates the email activity with its parties and regarding in one request; returns its id. */
  createEmail(draft: EmailActivityDraft): Promise<string>;
  getEmail(activityId: string): Promise<TrackedEmail>;
  /** Changes (or clears, with null) the regarding of a tracked email. */
  setRegarding(activityId: string, regarding: RecordRef | null): Promise<void>;
  deleteEmail(activityId: string): Promise<void>;
  /** Active rows whose name contains the text, the `first` table's rows first. */
  searchRegarding(
    text: string,
    options?: { first?: string; top?: number },
  ): Promise<RegardingCandidate[]>;
  createSenderRecord(draft: SenderRecordDraft, ownerId: string): Promise<RecordRef>;
}
