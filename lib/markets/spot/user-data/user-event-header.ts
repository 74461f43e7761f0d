import * as t from 'io-ts';

/**
 * The fields every spot user-data event starts with (`spec/user-data.md` §2): Binance's event
 * type `e`, kept twice as the literal discriminant (`kind`, and `eventType` as `API.md` names
 * it), and the event time `E`.
 *
 * @remarks Both discriminants read the same wire key, so a wrong `e` fails the event with the
 * path `e`; encoding writes `e` back once.
 *
 * @param eventType - Binance's `e` value, e.g. `'executionReport'`
 * @returns `wireStruct` fields: `kind`, `eventType`, `eventTime`
 *
 * @example
 * ```ts
 * const Terminated = wireStruct('Terminated', userEventHeader('eventStreamTerminated'));
 * ```
 *
 * @internal
 */
export function userEventHeader<const E extends string>(eventType: E) {
  const literal = t.literal(eventType);
  return {
    /** Binance's event type `e`: the discriminant to narrow on. */
    kind: ['e', literal],
    /** The same value as `kind`, under the name `API.md` gives it. */
    eventType: ['e', literal],
    /** When Binance emitted the event (epoch ms, or µs with `timeUnit: 'microsecond'`). */
    eventTime: ['E', t.number],
  } as const;
}
