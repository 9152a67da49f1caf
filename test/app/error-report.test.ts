import { errorDetails, reportError } from '../../src/app/error-report';
import { TrackerError } from '../../src/domain/errors';

const rejected = new TrackerError('CrmRejected', 'Attribute subject is too long.', {
  serverCode: '0x80040217',
  requestId: 'req-1',
  status: 400,
});

describe('reportError', () => {
  it.each([
    [
      'verbose, with server code and request id',
      rejected,
      true,
      'Attribute subject is too long. (CrmRejected 0x80040217). Request id: req-1.',
    ],
    [
      'verbose, without server details',
      new TrackerError('CrmTimeout', 'No answer in 30 s.'),
      true,
      'No answer in 30 s. (CrmTimeout).',
    ],
    ['short', rejected, false, 'The CRM refused the request.'],
    [
      'short, unreachable CRM',
      new TrackerError('CrmUnavailable', 'ECONNREFUSED'),
      false,
      'The CRM could not be reached.',
    ],
    ['short, not a TrackerError', new TypeError('x is undefined'), false, 'Something went wrong.'],
  ])('%s', (_case, error, verbose, text) => {
    expect(reportError(error, verbose).text).toBe(text);
  });

  it.each([
    [401, "The CRM does not accept this mailbox's user."],
    [403, "The CRM does not let this mailbox's user do this."],
  ])('HTTP %i says who is refused, with what the server said', (status, lead) => {
    const said =
      "The user with address 'eve@elsewhere.example' is not a member of the organization.";
    const error = new TrackerError('CrmRejected', said, { status, serverCode: '0x80072560' });

    const report = reportError(error, false);

    expect(report.text).toBe(`${lead} The CRM says: ${said}`);
    expect(report.hint).toMatch(/add this mailbox's user to the CRM/);
    expect(reportError(rejected, false).hint).toBeUndefined();
  });

  it.each([
    [429, 'The CRM is busy; try again in a moment.'],
    [503, 'The CRM is busy; try again in a moment.'],
    [500, 'The CRM refused the request.'],
  ])('short text for HTTP %i from the CRM: %s', (status, text) => {
    const busy = new TrackerError('CrmRejected', 'The CRM is busy; try again in 30 s.', {
      status,
      requestId: 'req-9',
    });
    expect(reportError(busy, false)).toMatchObject({ text, requestId: 'req-9' });
  });

  it('keeps the request id even in the short form, for the diagnostics log', () => {
    expect(reportError(rejected, false)).toMatchObject({ code: 'CrmRejected', requestId: 'req-1' });
  });
});

describe('errorDetails', () => {
  it('puts code, server code, status, message and request id on one line', () => {
    expect(errorDetails(rejected)).toBe(
      'code CrmRejected, server code 0x80040217, HTTP 400, ' +
        'message "Attribute subject is too long.", request id req-1',
    );
  });
});
