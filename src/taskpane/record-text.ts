import { tableLabel } from '../domain/record-labels';
import type { RecordRef } from '../domain/crm-records';
import type { CorrelationVia } from '../domain/evaluation';

/** "Contoso 500 licences (opportunity)". */
export function recordText(record: RecordRef): string {
  return `${record.name} (${tableLabel(record.table)})`;
}

const VIA_TEXT: Record<CorrelationVia, string> = {
  'in-reply-to': 'the In-Reply-To header',
  references: 'the References header',
  token: 'the tracking token in the subject',
  'thread-index': 'the conversation (Thread-Index)',
  'smart-match': 'smart matching',
  existing: 'the copy tracked elsewhere',
};

export function viaText(via: CorrelationVia): string {
  return VIA_TEXT[via];
}

/** Date and time in the user's locale; the ISO text when it is not a date. */
export function dateText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
