/** Prints the README's settings reference as a Markdown table. */
// Run: npx tsx scripts/settings-reference.ts
import { SETTINGS_REFERENCE } from '../src/settings';
import { formatSettingsReferenceMarkdown } from '../src/settings/reference-markdown';

process.stdout.write(formatSettingsReferenceMarkdown(SETTINGS_REFERENCE));
