import type * as t from 'io-ts';
import { wireStruct } from '../../../codecs/wire-struct.js';
import { userEventHeader } from './user-event-header.js';

/**
 * A spot `eventStreamTerminated` user-data event: the user-data subscription ended
 * (`spec/user-data.md` §2), after `session.logout` ended a logon subscription, after
 * `userDataStream.unsubscribe`, or when a listen-token subscription expired. No further events
 * follow on that subscription.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#event-stream-terminated
 *
 * @example
 * ```ts
 * import { filter } from 'rxjs';
 * import { SpotClient, SubType, isEventStreamTerminated } from 'binance-rx';
 * spot.stream$(SubType.User)
 *   .pipe(filter(isEventStreamTerminated))
 *   .subscribe((e) => console.log('user stream ended at', e.eventTime));
 * ```
 */
export const EventStreamTerminated = wireStruct('EventStreamTerminated', userEventHeader('eventStreamTerminated'));
/** A decoded spot `eventStreamTerminated` event. */
export type EventStreamTerminated = t.TypeOf<typeof EventStreamTerminated>;
/** The wire form of a spot `eventStreamTerminated` event (the envelope's `event` object). */
export type EventStreamTerminatedWire = t.OutputOf<typeof EventStreamTerminated>;
