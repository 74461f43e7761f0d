import { eventStreamTerminated, userEventFrame } from '../../../../lib/testing/api/user-streams/user-event-frame';

describe('userEventFrame', () => {
  it('default: wraps the event in {"subscriptionId","event"}, fields in the order given', () => {
    const event = { e: 'balanceUpdate', E: 1573200697110, a: 'BTC', d: '100.00000000', T: 1573200697068 };
    expect(userEventFrame(3, event, 'MILLISECOND')).toBe(
      '{"subscriptionId":3,"event":{"e":"balanceUpdate","E":1573200697110,"a":"BTC","d":"100.00000000","T":1573200697068}}',
    );
  });

  it('behavior: MICROSECOND converts the timestamp fields of the event type only, and leaves -1 alone', () => {
    const report = { e: 'executionReport', E: 2, T: 3, O: 4, W: 5, D: -1, g: 7, t: 8, u: 9 };
    expect(JSON.parse(userEventFrame(0, report, 'MICROSECOND')).event).toEqual({ e: 'executionReport', E: 2000, T: 3000, O: 4000, W: 5000, D: -1, g: 7, t: 8, u: 9 });
    const position = { e: 'outboundAccountPosition', E: 2, u: 3, B: [] };
    expect(JSON.parse(userEventFrame(0, position, 'MICROSECOND')).event).toEqual({ e: 'outboundAccountPosition', E: 2000, u: 3000, B: [] });
    expect(JSON.parse(userEventFrame(0, { e: 'somethingNew', E: 2, T: 3 }, 'MICROSECOND')).event).toEqual({ e: 'somethingNew', E: 2000, T: 3 });
  });

  it('default: eventStreamTerminated is {e, E}', () => {
    expect(eventStreamTerminated(1728973001334)).toEqual({ e: 'eventStreamTerminated', E: 1728973001334 });
  });
});
