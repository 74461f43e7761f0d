import { Observable } from 'rxjs';
import { StreamHandoff } from '../../lib/streams/stream-handoff.js';
import type { StreamRoute } from '../../lib/streams/stream-route.js';

const NAME = 'a@trade';
const frame = (n: number): string => JSON.stringify({ stream: NAME, data: { n } });

/** A route owned by `from`, moving to `to`, and what its one subscriber received. */
function setup(confirmed = true) {
  const from = { id: 'old' };
  const to = { isConfirmed: (name: string) => confirmed && name === NAME };
  const route: StreamRoute = { name: NAME, sinks: [], owner: from, handoff: undefined };
  const received: number[] = [];
  new Observable<unknown>((sink) => void route.sinks.push(sink)).subscribe((v) => received.push((v as { n: number }).n));
  const handoff = new StreamHandoff(route, from, to);
  route.handoff = handoff;
  const send = (session: object, ...ns: number[]): boolean[] =>
    ns.map((n) => (handoff.hears(session) ? handoff.take(session, frame(n), { n }) : false));
  return { from, to, route, handoff, received, send };
}

describe('StreamHandoff', () => {
  it('behavior: the new connection behind the old one: what the old one delivered is skipped, then the new one takes over', () => {
    const { from, to, route, received, send } = setup();
    send(from, 1, 2, 3, 4);
    expect(send(to, 2)).toEqual([true]); // the splice point
    expect(route.owner).toBe(to);
    expect(send(from, 5)).toEqual([false]); // no longer heard
    send(to, 3, 4, 5, 6);
    expect(received).toEqual([1, 2, 3, 4, 5, 6]);
    expect(route.handoff).toBeUndefined();
  });

  it('behavior: the new connection ahead of the old one: its frames wait until the old one catches up', () => {
    const { from, to, route, received, send } = setup();
    send(from, 1);
    send(to, 3, 4, 5);
    expect(received).toEqual([1]);
    expect(route.owner).toBe(from);
    send(from, 2);
    expect(send(from, 3)).toEqual([true]);
    expect(received).toEqual([1, 2, 3, 4, 5]);
    expect([route.owner, route.handoff]).toEqual([to, undefined]);
  });

  it('behavior: both in step: the first common frame hands over at once', () => {
    const { from, to, route, received, send } = setup();
    send(from, 1);
    send(to, 1, 2);
    expect(received).toEqual([1, 2]);
    expect([route.owner, route.handoff]).toEqual([to, undefined]);
  });

  it('behavior: finish() (the old connection ended) delivers what the new one held and hands it the stream', () => {
    const { from, to, route, handoff, received, send } = setup();
    send(from, 1);
    send(to, 2, 3);
    handoff.finish();
    expect(received).toEqual([1, 2, 3]);
    expect([route.owner, route.handoff]).toEqual([to, undefined]);
  });

  it('behavior: finish() before the new connection confirmed the stream leaves it without owner', () => {
    const { from, route, handoff, received, send } = setup(false);
    send(from, 1);
    handoff.finish();
    expect(received).toEqual([1]);
    expect([route.owner, route.handoff]).toEqual([undefined, undefined]);
  });

  it('behavior: frames of the new connection before it confirmed the stream, or of a third one, are not heard', () => {
    const { to, handoff } = setup(false);
    expect(handoff.hears(to)).toBe(false);
    expect(handoff.hears({})).toBe(false);
  });

  it('behavior: after the splice, a frame the old one did not deliver ends the skipping and is delivered', () => {
    const { from, to, route, received, send } = setup();
    send(from, 1, 2, 3);
    send(to, 1, 9);
    expect(received).toEqual([1, 2, 3, 9]);
    expect(route.handoff).toBeUndefined();
  });
});
