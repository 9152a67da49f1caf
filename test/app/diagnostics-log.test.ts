import { createDiagnosticsLog } from '../../src/app/diagnostics-log';

describe('the diagnostics log', () => {
  it('keeps entries for the pane, echoes them to the console and tells listeners', () => {
    const echo = { warn: jest.fn(), error: jest.fn() };
    const log = createDiagnosticsLog({ echo, now: () => new Date('2024-05-06T07:08:09Z') });
    const listener = jest.fn();
    log.subscribe(listener);

    log.error('Track failed.', 'code CrmRejected, request id req-1');
    log.warn('The category could not be set.');

    expect(log.entries()).toEqual([
      {
        at: '2024-05-06T07:08:09.000Z',
        level: 'error',
        message: 'Track failed.',
        details: 'code CrmRejected, request id req-1',
      },
      { at: '2024-05-06T07:08:09.000Z', level: 'warn', message: 'The category could not be set.' },
    ]);
    expect(echo.error).toHaveBeenCalledWith(expect.stringContaining('req-1'));
    expect(echo.warn).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps only the latest entries', () => {
    const log = createDiagnosticsLog({ echo: null, limit: 2 });
    ['a', 'b', 'c'].forEach((message) => log.warn(message));
    expect(log.entries().map((entry) => entry.message)).toEqual(['b', 'c']);
  });
});
