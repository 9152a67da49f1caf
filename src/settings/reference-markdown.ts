import type { SettingReference } from './reference-types';

// GFM reads `\|` as a pipe even inside code spans; other backslashes are left as written.
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function code(text: string): string {
  return text === '(empty)' ? 'empty' : `\`${text.replace(/`/g, "'")}\``;
}

/** The settings reference as one Markdown table, for the README. */
export function formatSettingsReferenceMarkdown(rows: readonly SettingReference[]): string {
  const lines = [
    '| layer | key | values | default | effect | in this product |',
    '|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const status = row.inEffect ? 'yes' : 'modelled only';
    const cells = [row.layer, code(row.key), row.values, code(row.default), row.effect, status];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
