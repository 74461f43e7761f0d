import * as t from 'io-ts';
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import type { FetchLike } from '../../../lib/client/platform.js';
import { ServerClock } from '../../../lib/client/server-clock.js';
import { BinanceApiError, RateLimitError } from '../../../lib/errors/api-error.js';
import { ExecutionStatusUnknownError, HttpError } from '../../../lib/errors/request-errors.js';
import type { RequestSpec } from '../../../lib/requests/request-spec.js';
import { SecurityType } from '../../../lib/requests/security-type.js';
import { Credentials } from '../../../lib/signing/credentials.js';
import { RestRequester } from '../../../lib/transport/http/rest-requester.js';

const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const API_KEY = 'k'.repeat(64);
const READ: RequestSpec<unknown> = { name: 'GET /api/v3/depth', security: SecurityType.None, ordersEffect: false, result: t.unknown };
const ORDER: RequestSpec<unknown> = { name: 'POST /api/v3/order', security: SecurityType.Trade, ordersEffect: true, result: t.unknown };
const ACCOUNT: RequestSpec<unknown> = { name: 'GET /api/v3/account', security: SecurityType.UserData, ordersEffect: false, result: t.unknown };

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

type Reply = Response | Error | 'hang';

/** A `fetch` that records each call and answers from a queue (`{}` with 200 when it is empty). */
function scriptedFetch(replies: Reply[] = []) {
  const calls: Call[] = [];
  const fetch: FetchLike = (url, init = {}) => {
    calls.push({ url: String(url), init });
    const reply = replies.shift() ?? json(200, {});
    if (reply === 'hang') {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    }
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
  };
  return { fetch, calls };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function requester(fetch: FetchLike, options: { credentials?: Credentials; recvWindowMs?: number; onHeaders?: (h: Headers) => void } = {}) {
  return new RestRequester({
    restHost: 'http://127.0.0.1:1',
    fetch,
    clock: new ServerClock(() => 1_700_000_000_000),
    credentials: options.credentials,
    recvWindowMs: options.recvWindowMs,
    requestTimeoutMs: 1000,
    timeUnit: 'millisecond',
    now: () => 1_700_000_000_000,
    timePath: '/api/v3/time',
    onHeaders: (headers) => options.onHeaders?.(headers as Headers),
  });
}

const credentials = (): Credentials => new Credentials({ apiKey: API_KEY, apiSecret: SECRET });
const hmac = (payload: string): string => createHmac('sha256', SECRET).update(payload).digest('hex');

describe('RestRequester', () => {
  it('default: GET sends its params in the query, without API key or content type, and sends nothing before subscribe', async () => {
    const { fetch, calls } = scriptedFetch([json(200, { lastUpdateId: 1 })]);
    const depth$ = requester(fetch, { credentials: credentials() }).call('GET', '/api/v3/depth', READ, { symbol: 'BTCUSDT', limit: 5 });
    expect(calls).toHaveLength(0);
    await expect(firstValueFrom(depth$)).resolves.toEqual({ lastUpdateId: 1 });
    expect(calls.map((c) => [c.init.method, c.url, c.init.headers, c.init.body])).toEqual([['GET', 'http://127.0.0.1:1/api/v3/depth?symbol=BTCUSDT&limit=5', {}, undefined]]);
  });

  it('default: a signed POST syncs the clock, then signs exactly the percent-encoded form body and appends the signature last', async () => {
    const { fetch, calls } = scriptedFetch([json(200, { serverTime: 1_700_000_000_500 }), json(200, { orderId: 7 })]);
    const params = { symbol: 'BTCUSDT', side: 'BUY', newClientOrderId: 'a b/ü', price: '30000.10' };
    await firstValueFrom(requester(fetch, { credentials: credentials(), recvWindowMs: 5000 }).call('POST', '/api/v3/order', ORDER, params));
    expect(calls.map((c) => c.url)).toEqual(['http://127.0.0.1:1/api/v3/time', 'http://127.0.0.1:1/api/v3/order']);
    const order = calls[1];
    const body = String(order?.init.body);
    const [payload, signature] = body.split('&signature=');
    expect(payload).toBe('symbol=BTCUSDT&side=BUY&newClientOrderId=a%20b%2F%C3%BC&price=30000.10&recvWindow=5000&timestamp=1700000000500');
    expect(signature).toBe(hmac(String(payload)));
    expect(order?.init.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded', 'X-MBX-APIKEY': API_KEY });
  });

  it('behavior: unsubscribing aborts the fetch', async () => {
    const { fetch, calls } = scriptedFetch(['hang']);
    const subscription = requester(fetch).call('GET', '/api/v3/depth', READ, {}).subscribe();
    expect(calls[0]?.init.signal?.aborted).toBe(false);
    subscription.unsubscribe();
    expect(calls[0]?.init.signal?.aborted).toBe(true);
  });

  it('error: a network failure is an HttpError for a read and ExecutionStatusUnknownError for an order', async () => {
    const { fetch } = scriptedFetch([new Error('ECONNRESET'), new Error('ECONNRESET')]);
    const rest = requester(fetch);
    await expect(firstValueFrom(rest.call('GET', '/api/v3/depth', READ, {}))).rejects.toBeInstanceOf(HttpError);
    await expect(firstValueFrom(rest.call('POST', '/api/v3/order', ORDER, {}))).rejects.toBeInstanceOf(ExecutionStatusUnknownError);
  });

  it('error: a non-JSON body is an HttpError with the status; 429 is a RateLimitError with Retry-After; the headers of every reply reach the tracker', async () => {
    const seen: string[] = [];
    const { fetch } = scriptedFetch([
      new Response('<html>bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
      json(429, { code: -1003, msg: 'Too many requests.' }, { 'retry-after': '7', 'x-mbx-used-weight-1m': '6001' }),
    ]);
    const rest = requester(fetch, { onHeaders: (h) => seen.push(h.get('x-mbx-used-weight-1m') ?? '-') });
    const html = await firstValueFrom(rest.call('GET', '/api/v3/depth', READ, {})).catch((e: unknown) => e);
    expect(html).toBeInstanceOf(HttpError);
    expect(html).toMatchObject({ status: 502 });
    const limited = await firstValueFrom(rest.call('GET', '/api/v3/depth', READ, {})).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited).toMatchObject({ code: -1003, status: 429, retryAfterMs: 7000 });
    expect(seen).toEqual(['-', '6001']);
  });

  it('behavior: -1021 resyncs and retries a signed request once, with a fresh timestamp and signature; a second -1021 surfaces', async () => {
    const rejection = json(400, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' });
    const { fetch, calls } = scriptedFetch([
      json(200, { serverTime: 1_700_000_000_000 }),
      rejection,
      json(200, { serverTime: 1_700_000_009_000 }),
      json(400, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' }),
    ]);
    const error = await firstValueFrom(requester(fetch, { credentials: credentials() }).call('GET', '/api/v3/account', ACCOUNT, {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BinanceApiError);
    expect(error).toMatchObject({ code: -1021 });
    const paths = calls.map((c) => new URL(c.url).pathname);
    expect(paths).toEqual(['/api/v3/time', '/api/v3/account', '/api/v3/time', '/api/v3/account']);
    const stamps = calls.filter((c) => c.url.includes('/account')).map((c) => new URL(c.url).searchParams.get('timestamp'));
    expect(stamps).toEqual(['1700000000000', '1700000009000']);
  });
});
