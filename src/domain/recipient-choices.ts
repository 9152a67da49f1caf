import type { CrmRecord } from './crm-records';
import { sameRecordId } from './record-id';
import type { ClientOptions } from './settings-model';

/**
 * Narrows the records the pane's recipient list OFFERS for an address (spec §1.1, §4:
 * client.matchContacts and client.matchOtherRecords). The rules never use this: they resolve
 * against every record the user can read.
 *
 * `synchronizedContactIds` are the contacts in local data. The add-in keeps no local copy by
 * default, so without it "synchronized" means the default synchronization filter of spec §7:
 * the user's own contacts.
 */
export function filterRecipientChoices(
  records: readonly CrmRecord[],
  client: Pick<ClientOptions, 'matchContacts' | 'matchOtherRecords'>,
  currentUserId: string,
  synchronizedContactIds?: ReadonlySet<string>,
): CrmRecord[] {
  const owned = (record: CrmRecord) => sameRecordId(record.ownerId, currentUserId);

  return records.filter((record) => {
    // Users are the organization's own people, not records anyone synchronizes or owns.
    if (record.table === 'systemuser') return true;

    if (record.table === 'contact') {
      if (client.matchContacts === 'all') return true;
      return synchronizedContactIds
        ? synchronizedContactIds.has(record.id.toLowerCase())
        : owned(record);
    }

    if (client.matchOtherRecords === 'all') return true;
    if (client.matchOtherRecords === 'owned') return owned(record);
    return false;
  });
}
