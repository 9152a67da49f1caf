/** Replaced by webpack's DefinePlugin at build time; absent under Jest and tsx. */
declare const __CRM_BASE_URL__: string | undefined;

/**
 * The CRM base URL the pane was built with. '' means the pane's own origin, which is where the
 * bundled server serves both the pane and the mock CRM.
 */
export function buildCrmBaseUrl(): string {
  return typeof __CRM_BASE_URL__ === 'string' ? __CRM_BASE_URL__ : '';
}
