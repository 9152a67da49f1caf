import type { PaneState } from '../app/pane-state';
import type { RecordRef } from '../domain/crm-records';
import { sameRecordId } from '../domain/record-id';
import { viaText } from './record-text';

/** A record offered in Set Regarding before any search, with why it is offered. */
export interface QuickChoice {
  record: RecordRef;
  /** "Suggested: found through the References header", "The sender". */
  why: string;
}

/** Sender tables that can also be a regarding record. */
const SENDER_REGARDING_TABLES: ReadonlySet<string> = new Set(['contact', 'account', 'lead']);

/**
 * What Set Regarding offers without typing: the correlation's suggestion, then the sender's
 * record when it can be a regarding record. The record already tracked regarding is left out.
 */
export function quickRegardingChoices(
  state: Pick<PaneState, 'evaluation' | 'tracked'>,
): QuickChoice[] {
  const choices: QuickChoice[] = [];
  const current = state.tracked?.regarding ?? null;
  const add = (record: RecordRef, why: string) => {
    const seen = [current, ...choices.map((choice) => choice.record)];
    if (seen.some((other) => other !== null && sameRecord(other, record))) return;
    choices.push({ record: { table: record.table, id: record.id, name: record.name }, why });
  };

  const suggestion = state.evaluation?.regarding;
  if (suggestion && suggestion.via !== 'existing') {
    add(suggestion, `Suggested, found through ${viaText(suggestion.via)}`);
  }
  const sender = state.evaluation?.parties.find((party) => party.role === 'from');
  const record = sender?.status === 'resolved' ? sender.resolved[0] : undefined;
  if (record && SENDER_REGARDING_TABLES.has(record.table)) {
    add(record, 'The sender');
  }
  return choices;
}

function sameRecord(a: RecordRef, b: RecordRef): boolean {
  return a.table === b.table && sameRecordId(a.id, b.id);
}
