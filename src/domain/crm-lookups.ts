import type { CrmRecord, CrmUser, TrackedEmail } from './crm-records';

/**
 * What the rules need to ask the CRM. Implemented over the Web API (src/crm) and over a seed
 * document in memory (src/crm/seed-lookups.ts, for the command-line tool). Implementations only
 * fetch candidate rows; which row wins is decided by the rules (resolution.ts, correlation.ts).
 */
export interface CrmLookups {
  /** The current user. */
  whoAmI(): Promise<CrmUser>;
  /**
   * Every row of every email-enabled table whose email columns equal one of the addresses,
   * case-insensitively; inactive rows and disabled users included (the rules filter them).
   */
  findRecordsByAddresses(addresses: readonly string[]): Promise<CrmRecord[]>;
  /**
   * Tracked emails whose Message-ID equals one of the given normalized ids (with or without
   * brackets in the store), or whose tracking token equals one of the given tokens
   * (case-insensitively), or whose activity id is one of the given ids, or whose
   * conversationindex starts with the query prefix of one of the given Thread-Index roots
   * (threadIndexQueryPrefix; case-insensitively, as Dataverse compares strings: the rules compare
   * the roots exactly).
   */
  findTrackedEmails(query: {
    messageIds: readonly string[];
    tokens: readonly string[];
    activityIds: readonly string[];
    threadIndexRoots?: readonly string[];
  }): Promise<TrackedEmail[]>;
}

/** The answers to those questions for one message, so that evaluation is a pure function. */
export interface CrmSnapshot {
  currentUser: CrmUser;
  records: CrmRecord[];
  trackedEmails: TrackedEmail[];
}
