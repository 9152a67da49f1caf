import { createFakeOffice } from '../../src/harness/fake-office';
import {
  detectHostProblem,
  NEEDS_NEWER_OUTLOOK,
  OLD_BROWSER,
  OUTSIDE_OFFICE,
} from '../../src/outlook/host-problem';
import { OWNER } from './eml-fixtures';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36';
const NEW_EDGE = `${CHROME} Edg/124.0.2478.80`;
const OLD_EDGE =
  'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/70.0 Safari/537.36 Edge/18.17763';
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

const office = (requirementSet: string) =>
  createFakeOffice({ mailboxOwner: OWNER, requirementSet }).office;

describe('detectHostProblem', () => {
  it.each([
    ['Mailbox 1.13 in a current browser', office('1.13'), CHROME, null],
    ['Mailbox 1.8 in the new Edge', office('1.8'), NEW_EDGE, null],
    ['Mailbox 1.5', office('1.5'), CHROME, NEEDS_NEWER_OUTLOOK],
    ['Mailbox 1.7', office('1.7'), CHROME, NEEDS_NEWER_OUTLOOK],
    ['no Office at all', undefined, CHROME, OUTSIDE_OFFICE],
    ['Internet Explorer', office('1.13'), IE11, OLD_BROWSER],
    ['the old Edge', office('1.13'), OLD_EDGE, OLD_BROWSER],
  ])('%s', (_case, candidate, userAgent, expected) => {
    expect(detectHostProblem(candidate, userAgent)).toBe(expected);
  });

  it('asks for requirement set 1.8 in plain words', () => {
    expect(detectHostProblem(office('1.5'), CHROME)).toMatch(
      /^This add-in needs a newer version of Outlook \(mailbox requirement set 1\.8\)/,
    );
  });

  it('treats an Office object without a mailbox as outside Outlook', () => {
    const notOutlook = { context: {} } as unknown as typeof Office;
    expect(detectHostProblem(notOutlook, CHROME)).toBe(OUTSIDE_OFFICE);
  });
});
