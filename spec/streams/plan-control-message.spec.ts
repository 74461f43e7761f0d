import { planControlMessage } from '../../lib/streams/plan-control-message.js';

const set = (...names: string[]): Set<string> => new Set(names);

describe('planControlMessage', () => {
  it('default: subscribes every wanted name in one message', () => {
    expect(planControlMessage({ desired: set('a', 'b', 'c'), onWire: set(), probes: [], maxStreams: 1024 })).toEqual({
      method: 'SUBSCRIBE',
      names: ['a', 'b', 'c'],
    });
  });

  it('default: nothing to send when the wire matches', () => {
    expect(planControlMessage({ desired: set('a'), onWire: set('a'), probes: [], maxStreams: 1024 })).toBeUndefined();
  });

  it('behavior: unsubscribes before subscribing, so the stream cap is never passed', () => {
    const state = { desired: set('a', 'c'), onWire: set('a', 'b'), probes: [], maxStreams: 2 };
    expect(planControlMessage(state)).toEqual({ method: 'UNSUBSCRIBE', names: ['b'] });
    expect(planControlMessage({ ...state, onWire: set('a') })).toEqual({ method: 'SUBSCRIBE', names: ['c'] });
  });

  it('behavior: subscribes no more than the room left under the cap', () => {
    expect(planControlMessage({ desired: set('a', 'b', 'c'), onWire: set('a'), probes: [], maxStreams: 2 })).toEqual({
      method: 'SUBSCRIBE',
      names: ['b'],
    });
  });

  it('behavior: probe groups go alone, first first, and their names stay out of the bulk', () => {
    const state = { desired: set('a', 'b', 'c', 'd'), onWire: set(), probes: [['a', 'b'], ['c']], maxStreams: 1024 };
    expect(planControlMessage(state)).toEqual({ method: 'SUBSCRIBE', names: ['a', 'b'] });
    expect(planControlMessage({ ...state, onWire: set('a', 'b') })).toEqual({ method: 'SUBSCRIBE', names: ['c'] });
    expect(planControlMessage({ ...state, onWire: set('a', 'b', 'c') })).toEqual({ method: 'SUBSCRIBE', names: ['d'] });
  });

  it('behavior: a probe group whose names all left is skipped', () => {
    expect(planControlMessage({ desired: set('c'), onWire: set(), probes: [['a'], ['c']], maxStreams: 1024 })).toEqual({
      method: 'SUBSCRIBE',
      names: ['c'],
    });
  });
});
