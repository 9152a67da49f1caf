import { createRequestGate } from '../../src/crm/request-gate';
import { retryAfterMs } from '../../src/crm/throttling';
import { createTransport } from '../../src/crm/web-api-transport';
import { rejection } from '../support/rejection';

/** A fake CRM answering from a script: each call takes the next answer (the last repeats). */
function scripted(answers: { status: number; headers?: Record<string, string>; body?: string }[]) {
  const calls: { method: string; url: string }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const answer = answers[Math.min(calls.length, answers.length - 1)];
    calls.push({
      method: init?.method ?? 'GET',
      url: input instanceof Request ? input.url : input.toString(),
    });
    return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
  };
  return { calls, fetchImpl };
}

const THROTTLED = {
  status: 429,
  headers: { 'Retry-After': '0', 'x-ms-service-request-id': 'req-429' },
  body: JSON.stringify({ error: { code: '0x80072322', message: 'Number of requests exceeded' } }),
};
const OK = { status: 200, body: '{"value":[]}' };

describe('throttled requests (429 / 503 with Retry-After)', () => {
  it('retries after Retry-After and returns the answer that finally came', async () => {
    const crm = scripted([THROTTLED, THROTTLED, OK]);
    const send = createTransport({ baseUrl: 'http://crm.test', fetch: crm.fetchImpl });
    expect((await send('GET', 'contacts')).body).toEqual({ value: [] });
    expect(crm.calls).toHaveLength(3);
  });

  it('gives up after two retries with a "busy" CrmRejected, not "cannot be reached"', async () => {
    const crm = scripted([THROTTLED]);
    const send = createTransport({ baseUrl: 'http://crm.test', fetch: crm.fetchImpl });
    const error = await rejection(send('GET', 'contacts'));
    expect(error).toMatchObject({
      code: 'CrmRejected',
      status: 429,
      serverCode: '0x80072322',
      requestId: 'req-429',
    });
    expect(error.message).toMatch(/^The CRM is busy \(HTTP 429\)/);
    expect(crm.calls).toHaveLength(3);
  });

  it('does not wait when the CRM asks for longer than the cap, and says how long', async () => {
    const crm = scripted([{ status: 429, headers: { 'Retry-After': '120' } }, OK]);
    const send = createTransport({ baseUrl: 'http://crm.test', fetch: crm.fetchImpl });
    const started = Date.now();
    const error = await rejection(send('GET', 'contacts'));
    expect(error.message).toContain('Try again in 120 s');
    expect(crm.calls).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('retries a GET on 503 but never a POST, which might create a second row', async () => {
    const busy = { status: 503, headers: { 'Retry-After': new Date(0).toUTCString() } };
    const getCrm = scripted([busy, OK]);
    const get = createTransport({ baseUrl: 'http://crm.test', fetch: getCrm.fetchImpl });
    expect((await get('GET', 'contacts')).status).toBe(200);

    const postCrm = scripted([busy, { status: 204 }]);
    const post = createTransport({ baseUrl: 'http://crm.test', fetch: postCrm.fetchImpl });
    expect(await rejection(post('POST', 'emails', { body: {} }))).toMatchObject({ status: 503 });
    expect(postCrm.calls).toHaveLength(1);
  });

  it('honours a smaller retry budget from the options', async () => {
    const crm = scripted([THROTTLED]);
    const send = createTransport({
      baseUrl: 'http://crm.test',
      fetch: crm.fetchImpl,
      retry: { maxRetries: 0 },
    });
    expect((await rejection(send('GET', 'contacts'))).status).toBe(429);
    expect(crm.calls).toHaveLength(1);
  });

  it.each([
    ['delta seconds', '3', 3000],
    ['zero', '0', 0],
    ['an HTTP date', new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), 10_000],
    ['a date in the past', new Date(Date.UTC(2029, 11, 31)).toUTCString(), 0],
    ['nonsense', 'soon', null],
    ['nothing', null, null],
  ])('reads Retry-After given as %s', (_label, header, expected) => {
    expect(retryAfterMs(header, Date.UTC(2030, 0, 1))).toBe(expected);
  });
});

describe('requests in flight', () => {
  it('runs at most maxConcurrent requests at once and all of them in the end', async () => {
    let inFlight = 0;
    let most = 0;
    const fetchImpl: typeof fetch = async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return new Response('{}', { status: 200 });
    };
    const send = createTransport({
      baseUrl: 'http://crm.test',
      fetch: fetchImpl,
      maxConcurrent: 3,
    });
    const answers = await Promise.all(Array.from({ length: 20 }, () => send('GET', 'WhoAmI')));
    expect(answers).toHaveLength(20);
    expect(most).toBe(3);
  });

  it('frees the slot of a failed request', async () => {
    const gate = createRequestGate(1);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
    expect([gate.active, gate.queued]).toEqual([0, 0]);
  });

  it('refuses a URL longer than 8 KB without sending it', async () => {
    const crm = scripted([OK]);
    const send = createTransport({ baseUrl: 'http://crm.test', fetch: crm.fetchImpl });
    const error = await rejection(send('GET', `contacts?$filter=${'x'.repeat(9000)}`));
    expect(error.code).toBe('CrmRejected');
    expect(error.message).toMatch(/too long/);
    expect(crm.calls).toHaveLength(0);
  });
});
