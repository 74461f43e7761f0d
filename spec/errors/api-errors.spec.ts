import { BinanceApiError, IpBannedError, RateLimitError } from '../../lib/errors/api-error';
import { ExecutionStatusUnknownError, HttpError, InvalidParamError, TimeoutError } from '../../lib/errors/request-errors';
import { toApiError } from '../../lib/errors/to-api-error';
import { SocketClosedError } from '../../lib/errors/transport-errors';
import { isUnknownOutcome, surfaceError } from '../../lib/requests/answer';
import { SecurityType } from '../../lib/requests/security-type';
import * as t from 'io-ts';

const base = { status: 400, endpoint: 'order.place', now: 1_000 };

describe('toApiError', () => {
  it('default: a {code,msg} answer is a BinanceApiError with code name, status and endpoint', () => {
    const e = toApiError({ ...base, code: -2010, msg: 'Account has insufficient balance for requested action.', requestId: '7' });
    expect(e).toBeInstanceOf(BinanceApiError);
    expect(e).toMatchObject({ code: -2010, codeName: 'NEW_ORDER_REJECTED', status: 400, endpoint: 'order.place', requestId: '7' });
    expect(e.message).toMatchInlineSnapshot(`
"Binance rejected order.place: Account has insufficient balance for requested action.

Code: -2010 (NEW_ORDER_REJECTED)
Status: 400
Request id: 7

Docs: https://developers.binance.com/docs/binance-spot-api-docs/errors"
`);
  });

  it('behavior: 429 with Retry-After seconds is a RateLimitError with retryAfterMs', () => {
    const e = toApiError({ ...base, status: 429, code: -1003, msg: 'Too much request weight used.', retryAfterHeader: '3' });
    expect(e).toBeInstanceOf(RateLimitError);
    expect((e as RateLimitError).retryAfterMs).toBe(3000);
    expect(e.message).toMatchInlineSnapshot(`
"Binance rejected order.place: Too much request weight used.

Code: -1003 (TOO_MANY_REQUESTS)
Status: 429
Retry after: 3000 ms

Docs: https://developers.binance.com/docs/binance-spot-api-docs/errors"
`);
  });

  it('behavior: -1003 over the WS-API takes the wait from error.data (retryAfter - serverTime)', () => {
    const e = toApiError({ ...base, status: 429, code: -1003, msg: 'x', data: { serverTime: 1659142907531, retryAfter: 1659142917531 } });
    expect((e as RateLimitError).retryAfterMs).toBe(10_000);
  });

  it('behavior: 418 is an IpBannedError with the ban end on the client clock (spec/spot-ws-api.md §3 example)', () => {
    const e = toApiError({
      ...base,
      status: 418,
      code: -1003,
      msg: 'Way too much request weight used; IP banned until 1659146400000. Please use WebSocket Streams for live updates to avoid bans.',
      data: { serverTime: 1659142907531, retryAfter: 1659146400000 },
    });
    expect(e).toBeInstanceOf(IpBannedError);
    expect(e).toMatchObject({ retryAfterMs: 3_492_469, bannedUntil: 1_000 + 3_492_469 });
  });

  it('behavior: without data, the ban time is read from the message', () => {
    const e = toApiError({ ...base, status: 418, code: -1003, msg: 'IP banned until 11000.', now: 1000 });
    expect((e as IpBannedError).retryAfterMs).toBeUndefined();
    const e2 = toApiError({ ...base, status: 418, code: -1003, msg: 'IP banned until 1659146400000.', now: 1659146390000 });
    expect((e2 as IpBannedError).retryAfterMs).toBe(10_000);
  });
});

describe('request errors', () => {
  it('default: TimeoutError', () => {
    expect(new TimeoutError('account.status', 10_000).message).toMatchInlineSnapshot(`
"No answer to account.status within 10000 ms.

Endpoint: account.status"
`);
  });

  it('default: ExecutionStatusUnknownError keeps its cause and says what to do', () => {
    const cause = new TimeoutError('order.place', 10_000);
    const e = new ExecutionStatusUnknownError('order.place', cause);
    expect(e.cause).toBe(cause);
    expect(e.message).toMatchInlineSnapshot(`
"The outcome of order.place is unknown: it may have executed. It was not retried.

Method: order.place
Cause: No answer to order.place within 10000 ms.

Details: Look the order up (getOrder with its clientOrderId) or follow the user-data stream."
`);
  });

  it('default: InvalidParamError', () => {
    expect(new InvalidParamError('symbol', 'must not be empty.').message).toMatchInlineSnapshot(`
"Invalid param "symbol": must not be empty.

Param: symbol"
`);
  });

  it('default: HttpError redacts the URL', () => {
    const e = new HttpError('Bad gateway.', 'http://h/api/v3/order?symbol=X&timestamp=1&signature=abcdef', 502);
    expect(e.url).not.toContain('abcdef');
    expect(e.message).toMatchInlineSnapshot(`
"Bad gateway.

URL: http://h/api/v3/order?symbol=X&timestamp=1&signature=<redacted>
Status: 502"
`);
  });
});

describe('surfaceError', () => {
  const order = { name: 'order.place', security: SecurityType.Trade, ordersEffect: true, result: t.unknown };
  const read = { ...order, name: 'account.status', ordersEffect: false };
  const fiveHundred = toApiError({ ...base, status: 503, code: -1007, msg: 'Timeout waiting for response from backend server.' });

  it('behavior: an order sent and then timed out, cut off or 5xx is ExecutionStatusUnknownError', () => {
    for (const cause of [new TimeoutError('order.place', 1), new SocketClosedError('ws://h', { opened: true, code: 1006 }), fiveHundred, new HttpError('x', 'http://h', undefined)]) {
      const e = surfaceError(order, cause, true);
      expect(e).toBeInstanceOf(ExecutionStatusUnknownError);
      expect((e as Error).cause).toBe(cause);
    }
  });

  it('behavior: an order never sent, a definite rejection, or a read keep their own error', () => {
    const timeout = new TimeoutError('order.place', 1);
    expect(surfaceError(order, timeout, false)).toBe(timeout);
    const rejected = toApiError({ ...base, code: -2010, msg: 'x' });
    expect(surfaceError(order, rejected, true)).toBe(rejected);
    expect(surfaceError(read, fiveHundred, true)).toBe(fiveHundred);
    expect(isUnknownOutcome(new HttpError('waf', 'http://h', 403))).toBe(false);
  });
});
