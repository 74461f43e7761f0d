import type { FakeApiTimeUnit } from '../time-unit.js';
import type { FakeUserEvent } from './fake-user-event.js';

/**
 * The timestamp fields of each event type (`spec/user-data.md` §2). Other fields that happen to be
 * numbers (`u` of an executionReport is a trade group id, `g` a list id) are left alone.
 */
const TIME_FIELDS: Readonly<Record<string, readonly string[]>> = {
  executionReport: ['E', 'T', 'O', 'W', 'D'],
  outboundAccountPosition: ['E', 'u'],
  balanceUpdate: ['E', 'T'],
  externalLockUpdate: ['E', 'T'],
  listStatus: ['E', 'T'],
  eventStreamTerminated: ['E'],
};

/**
 * Renders one User Data Stream event as the WebSocket API sends it:
 * `{"subscriptionId":<id>,"event":{…}}` (`spec/user-data.md` §1, `spec/spot-ws-api.md` §4).
 *
 * @param subscriptionId - the subscription it is sent for
 * @param event - the payload, timestamps in ms
 * @param timeUnit - the connection's unit: with MICROSECOND the event's timestamp fields
 * (`E`, and `T`, `O`, `W`, `D` or `u` by event type; only `E` for a type the fake does not know)
 * are sent in µs
 * @returns the text frame
 *
 * @internal
 */
export function userEventFrame(subscriptionId: number, event: FakeUserEvent, timeUnit: FakeApiTimeUnit): string {
  return `{"subscriptionId":${subscriptionId},"event":${JSON.stringify(inUnit(event, timeUnit))}}`;
}

/**
 * The event that tells a subscription it ended (`spec/user-data.md` §2 eventStreamTerminated).
 *
 * @param time - event time, epoch ms
 * @returns `{ e: 'eventStreamTerminated', E: time }`
 *
 * @internal
 */
export function eventStreamTerminated(time: number): FakeUserEvent {
  return { e: 'eventStreamTerminated', E: time };
}

function inUnit(event: FakeUserEvent, timeUnit: FakeApiTimeUnit): FakeUserEvent {
  if (timeUnit === 'MILLISECOND') return event;
  const fields = TIME_FIELDS[event.e] ?? ['E'];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    // -1 means "none" (e.g. a trailing order not yet tracking): not a time to convert
    out[key] = fields.includes(key) && typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value * 1000 : value;
  }
  return { ...out, e: event.e };
}
