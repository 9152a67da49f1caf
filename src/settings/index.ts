/** The settings layer: schema and defaults, parsing, sources, and the settings reference. */
export type {
  KeyValueStore,
  LoadedSettings,
  OrganizationDocument,
  SettingsIssue,
  SettingsServiceApi,
  SettingsSourceKind,
} from './settings-source';
export {
  DEFAULT_CLIENT_OPTIONS,
  DEFAULT_ORGANIZATION_SETTINGS,
  DEFAULT_ORGDB_ORG_SETTINGS,
  DEFAULT_SETTINGS,
  DEFAULT_USER_SETTINGS,
  defaultSettings,
} from './defaults';
export { INT32_MAX, minimumMinutes } from './field-rules';
export {
  API_PATH_DROPPED,
  CRM_ADDRESS_MESSAGES,
  checkCrmAddress,
  type CrmAddressCheck,
  type CrmAddressProblem,
} from './crm-address';
export { DOCUMENT_KEY, parseSettingsDocument, type ParsedSettings } from './parse-document';
export {
  parseOrgDbOrgSettings,
  serializeOrgDbOrgSettings,
  type ParsedOrgDbOrgSettings,
} from './orgdb-settings';
export {
  CLIENT_OPTIONS_KEY,
  LOCAL_SETTINGS_KEY,
  SOURCE_KIND_ISSUE_KEY,
  SOURCE_KIND_KEY,
  loadSettings,
  readSourceKind,
  saveSettings,
  writeSourceKind,
  type SaveSettingsOptions,
  type SettingsSourceOptions,
} from './sources';
export { createMemoryKeyValueStore, createWebStorageKeyValueStore } from './key-value-stores';
export {
  SETTINGS_REFERENCE,
  findSettingReference,
  type SettingReference,
  type SettingsLayer,
} from './reference';
export { formatSettingsReferenceMarkdown } from './reference-markdown';
