/** GUIDs compare case-insensitively, with or without braces (Dataverse returns lower case). */
export function sameRecordId(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return stripBraces(a).toLowerCase() === stripBraces(b).toLowerCase();
}

function stripBraces(id: string): string {
  return id.trim().replace(/^\{(.*)\}$/, '$1');
}
