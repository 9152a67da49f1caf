import { SETTINGS_REFERENCE } from '../src/settings';
import { formatSettingsReferenceMarkdown } from '../src/settings/reference-markdown';

export const START_MARKER = '<!-- settings-reference:start (generated: npm run docs:settings) -->';
export const END_MARKER = '<!-- settings-reference:end -->';

/** The README text with the generated table between the markers. */
export function readmeWithSettingsReference(readme: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) {
    throw new Error('README.md has no settings reference markers.');
  }
  const table = formatSettingsReferenceMarkdown(SETTINGS_REFERENCE).trimEnd();
  return `${readme.slice(0, start + START_MARKER.length)}\n\n${table}\n\n${readme.slice(end)}`;
}
