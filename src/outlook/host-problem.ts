/** The Mailbox requirement set the add-in needs (internet headers, categories). */
export const REQUIRED_MAILBOX_SET = '1.8';

export const NEEDS_NEWER_OUTLOOK =
  'This add-in needs a newer version of Outlook (mailbox requirement set 1.8), which can read ' +
  'message headers and categories. Update Outlook or use Outlook on the web.';

export const OUTSIDE_OFFICE =
  'This page is the Outlook CRM Tracker task pane and runs inside Outlook. Open a message in ' +
  'Outlook and choose the add-in from the ribbon.';

export const OLD_BROWSER =
  'Outlook is showing this add-in in Internet Explorer or the old Edge, which it does not ' +
  'support. Use a newer Outlook, or Outlook on the web in a current browser.';

/** Internet Explorer (Trident) and EdgeHTML (Edge/12 to Edge/19). */
const OLD_BROWSER_PATTERN = /Trident\/|\bEdge\/1\d\./;

/**
 * Says in one sentence why the add-in cannot run here, or null when it can: an old browser
 * engine, no Office at all (the page was opened directly), or a mailbox below requirement set 1.8.
 */
export function detectHostProblem(
  office: typeof Office | undefined,
  userAgent: string = readUserAgent(),
): string | null {
  if (OLD_BROWSER_PATTERN.test(userAgent)) {
    return OLD_BROWSER;
  }

  const mailbox = office?.context?.mailbox;
  if (office === undefined || mailbox === undefined || mailbox === null) {
    return OUTSIDE_OFFICE;
  }

  const requirements = office.context.requirements;
  if (requirements === undefined || !requirements.isSetSupported('Mailbox', REQUIRED_MAILBOX_SET)) {
    return NEEDS_NEWER_OUTLOOK;
  }
  return null;
}

function readUserAgent(): string {
  const navigatorLike = (globalThis as { navigator?: { userAgent?: string } }).navigator;
  return navigatorLike?.userAgent ?? '';
}
