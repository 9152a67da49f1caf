/** The runtime enum values of Office.js that the add-in reads, with Office's own string values. */

export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;

export const EventType = { ItemChanged: 'olkItemSelectedChanged' } as const;

export const HostType = {
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
} as const;

export const PlatformType = {
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
} as const;

export const CoercionType = { Html: 'html', Text: 'text' } as const;

const categoryColor: Record<string, string> = { None: 'None' };
for (let preset = 0; preset <= 24; preset += 1) {
  categoryColor[`Preset${preset}`] = `Preset${preset}`;
}

export const MailboxEnums = {
  ItemType: { Message: 'message', Appointment: 'appointment' },
  CategoryColor: categoryColor,
  EntityType: {},
  RecipientType: {
    DistributionList: 'distributionList',
    User: 'user',
    ExternalUser: 'externalUser',
    Other: 'other',
  },
  AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
} as const;
