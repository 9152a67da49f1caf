import { useCallback, useEffect, useState } from 'react';
import {
  contentKey,
  entryFromBytes,
  fetchMessageList,
  loadingEntry,
  loadListedMessage,
  type CatalogEntry,
} from './message-catalog';

/** How many .eml files are fetched at once. */
const PARALLEL_LOADS = 4;

export interface MessageCatalog {
  entries: CatalogEntry[];
  /** Why the list itself could not be loaded, if it could not. */
  listError: string | null;
  /** Adds dropped or picked files; resolves with the ids added, in order. */
  addFiles(files: readonly File[]): Promise<string[]>;
}

/** The harness's message list: the server's samples and corpus plus files the user adds. */
export function useMessageCatalog(fetchImpl: typeof fetch, ownerAddress: string): MessageCatalog {
  const [entries, setEntries] = useState<CatalogEntry[]>([]);
  const [listError, setListError] = useState<string | null>(null);

  const upsert = useCallback((entry: CatalogEntry) => {
    setEntries((current) => {
      const index = current.findIndex((existing) => existing.id === entry.id);
      if (index < 0) {
        return [...current, entry];
      }
      return current.map((existing, at) => (at === index ? entry : existing));
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const listed = await fetchMessageList(fetchImpl);
      if (cancelled) return;
      setEntries((current) => [
        ...current,
        ...listed.map((row) => loadingEntry(row.id, row.source, row.file)),
      ]);

      const queue = [...listed];
      const worker = async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          const entry = await loadListedMessage(next, fetchImpl, ownerAddress);
          if (!cancelled) upsert(entry);
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_LOADS }, worker));
    };
    load().catch((error: unknown) => {
      if (!cancelled) setListError(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
    };
  }, [fetchImpl, ownerAddress, upsert]);

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      const ids: string[] = [];
      for (const file of files) {
        const bytes = await readFileBytes(file).catch(() => null);
        // The content names the item, so the same file added again is the same Outlook item.
        const id =
          bytes === null ? `added/${file.name}` : `added/${contentKey(bytes)}/${file.name}`;
        ids.push(id);
        upsert(
          bytes === null
            ? {
                ...loadingEntry(id, 'added', file.name),
                state: 'failed',
                problems: ['The file could not be read.'],
              }
            : await entryFromBytes(id, 'added', file.name, bytes, ownerAddress),
        );
      }
      return ids;
    },
    [ownerAddress, upsert],
  );

  return { entries, listError, addFiles };
}

/** A file's bytes; FileReader where Blob.arrayBuffer is missing (older engines, jsdom). */
function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') {
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}
