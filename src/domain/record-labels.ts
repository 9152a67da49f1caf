/** How each table is named in sentences the user reads (incident is a "case" in the UI). */
const TABLE_LABELS: Record<string, string> = {
  systemuser: 'CRM user',
  contact: 'contact',
  account: 'account',
  lead: 'lead',
  queue: 'queue',
  opportunity: 'opportunity',
  incident: 'case',
};

export function tableLabel(table: string): string {
  return TABLE_LABELS[table] ?? table;
}
