import { parseWsApiFrame } from '../../lib/ws-api/ws-api-frame';

describe('parseWsApiFrame', () => {
  it('default: a response envelope (spec/spot-ws-api.md §3 failure example)', () => {
    const frame = parseWsApiFrame(
      JSON.stringify({
        id: 'e2a85d9f-07a5-4f94-8d5f-789dc3deb097',
        status: 400,
        error: { code: -2010, msg: 'Account has insufficient balance for requested action.' },
        rateLimits: [{ rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 13 }],
      }),
    );
    expect(frame).toMatchObject({ kind: 'response', response: { status: 400, error: { code: -2010 } } });
  });

  it('default: events, with and without subscriptionId (§4)', () => {
    expect(parseWsApiFrame('{"event":{"e":"serverShutdown","E":1770123456789}}')).toMatchObject({ kind: 'event', frame: { event: { e: 'serverShutdown' } } });
    expect(parseWsApiFrame('{"subscriptionId":0,"event":{"e":"balanceUpdate"}}')).toMatchObject({ kind: 'event', frame: { subscriptionId: 0 } });
  });

  it('error: invalid JSON and frames of neither kind are "invalid", never thrown', () => {
    expect(parseWsApiFrame('{nope')).toEqual({ kind: 'invalid', payload: '{nope' });
    expect(parseWsApiFrame('{"id":"1"}')).toEqual({ kind: 'invalid', payload: { id: '1' } });
    expect(parseWsApiFrame('{"id":"1","status":"200"}').kind).toBe('invalid');
  });
});
