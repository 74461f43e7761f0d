import { SocketClosedError } from '../../lib/errors/transport-errors';
import { WsApiSession } from '../../lib/ws-api/ws-api-session';

function session(): { session: WsApiSession; sent: string[] } {
  const sent: string[] = [];
  const s = new WsApiSession('spot/ws-api#1', { response: () => undefined, unmatched: () => undefined, revoked: () => undefined, event: () => undefined });
  s.attach({ send: (text) => sent.push(text) });
  return { session: s, sent };
}

describe('WsApiSession', () => {
  it('default: a response with the request id answers it and completes', () => {
    const { session: s, sent } = session();
    const seen: unknown[] = [];
    let done = false;
    s.call('ping', {}).subscribe({ next: (r) => seen.push(r.status), complete: () => (done = true) });
    expect(sent).toEqual(['{"id":"1","method":"ping"}']);
    s.frame('{"id":"1","status":200,"result":{}}');
    expect([seen, done, s.pending]).toEqual([[200], true, 0]);
  });

  it('behavior: close() fails every pending request with the socket\'s error and leaves nothing pending', () => {
    const { session: s } = session();
    const errors: unknown[] = [];
    s.call('ping', {}).subscribe({ error: (e) => errors.push(e) });
    s.call('time', {}).subscribe({ error: (e) => errors.push(e) });
    expect(s.pending).toBe(2);
    const closed = new SocketClosedError('ws://127.0.0.1:1/ws-api/v3', { code: 1006, opened: true });
    s.close(closed);
    expect(errors).toEqual([closed, closed]);
    expect(s.pending).toBe(0);
  });

  it('behavior: a call on a closed session errors at once and sends nothing (no wait for its timeout)', () => {
    const { session: s, sent } = session();
    const closed = new SocketClosedError('ws://127.0.0.1:1/ws-api/v3', { code: 1000, opened: true });
    s.close(closed);
    const errors: unknown[] = [];
    s.call('userDataStream.unsubscribe', { subscriptionId: 0 }).subscribe({ error: (e) => errors.push(e) });
    expect(errors).toEqual([closed]);
    expect(sent).toEqual([]);
    expect(s.pending).toBe(0);
  });

  it('behavior: a late answer after close is not delivered twice', () => {
    const { session: s } = session();
    const events: string[] = [];
    s.call('ping', {}).subscribe({ next: () => events.push('next'), error: () => events.push('error') });
    s.close(new SocketClosedError('ws://x', { opened: true }));
    s.frame('{"id":"1","status":200,"result":{}}');
    expect(events).toEqual(['error']);
  });
});
