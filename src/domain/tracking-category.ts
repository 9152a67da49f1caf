/** The Outlook category set on items tracked in the CRM (spec §6, Tagging). */
export const TRACKED_CATEGORY = 'Tracked to CRM';
