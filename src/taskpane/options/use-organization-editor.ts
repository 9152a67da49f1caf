import { useEffect, useMemo, useState } from 'react';
import type { LoadedSettings, OrganizationDocument, SettingsIssue } from '../../settings';
import { organizationDocumentText, readOrganizationDocument } from './organization-document';

export type OrganizationCheck =
  { ok: true; document?: OrganizationDocument } | { ok: false; reason: 'malformed' | 'review' };

/**
 * The organization editor's text and its checks. Save checks it: malformed JSON is refused
 * with the text kept; issues are shown first, and a second Save of the same text saves it.
 */
export function useOrganizationEditor(loaded: LoadedSettings) {
  const initialText = useMemo(() => organizationDocumentText(loaded.settings), [loaded]);
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | undefined>(undefined);
  const [review, setReview] = useState<{ text: string; issues: SettingsIssue[] } | null>(null);

  // Newly loaded settings (after a save, say) replace the text.
  useEffect(() => {
    setText(initialText);
    setError(undefined);
    setReview(null);
  }, [initialText]);

  const edit = (next: string) => {
    setText(next);
    setError(undefined);
  };

  const check = (): OrganizationCheck => {
    if (text === initialText) return { ok: true };
    const read = readOrganizationDocument(text);
    if (!read.ok) {
      setError(read.message);
      setReview(null);
      return { ok: false, reason: 'malformed' };
    }

    setError(undefined);
    if (read.issues.length > 0 && review?.text !== text) {
      setReview({ text, issues: read.issues });
      return { ok: false, reason: 'review' };
    }
    return { ok: true, document: read.document };
  };

  return {
    text,
    changed: text !== initialText,
    error,
    // Issues found for an earlier text no longer describe what is in the editor.
    issues: review !== null && review.text === text ? review.issues : [],
    edit,
    check,
  };
}
