import { EventStreamTerminated } from '../../../../lib/markets/spot/user-data/event-stream-terminated.js';
import { decodeLeftPaths, decodeRight } from '../../../support/codec-helpers.js';
import { EVENT_STREAM_TERMINATED_FRAME, SERVER_SHUTDOWN_FRAME } from './user-data-examples.js';

const example = EVENT_STREAM_TERMINATED_FRAME.event;

describe('EventStreamTerminated', () => {
  it('default: decodes the official example payload (user-data.md §2)', () => {
    expect(decodeRight(EventStreamTerminated, example)).toEqual({
      kind: 'eventStreamTerminated',
      eventType: 'eventStreamTerminated',
      eventTime: 1728973001334,
    });
  });

  it('error: rejects a string event time', () => {
    expect(decodeLeftPaths(EventStreamTerminated, { ...example, E: '1728973001334' })).toEqual(['E']);
  });

  it('error: rejects the connection-level serverShutdown event', () => {
    expect(decodeLeftPaths(EventStreamTerminated, SERVER_SHUTDOWN_FRAME.event)).toEqual(['e', 'e']);
  });

  it('behavior: encodes back to the wire event', () => {
    expect(EventStreamTerminated.encode(decodeRight(EventStreamTerminated, example))).toEqual(example);
  });
});
