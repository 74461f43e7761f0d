/**
 * One User Data Stream event payload, the `event` of the WebSocket-API envelope
 * `{"subscriptionId":0,"event":{…}}` (`spec/user-data.md` §1–§2): `e` names it
 * (`executionReport`, `outboundAccountPosition`, `balanceUpdate`, `listStatus`,
 * `externalLockUpdate`, `eventStreamTerminated`, …), `E` is the event time (epoch ms), the other
 * fields are Binance's one-letter keys, in the order they are given.
 *
 * @example
 * ```ts
 * import type { FakeUserEvent } from 'binance-rx/testing';
 * const lock: FakeUserEvent = { e: 'externalLockUpdate', E: 1581557507324, a: 'NEO', d: '10.00000000', T: 1581557507268 };
 * ```
 */
export interface FakeUserEvent {
  /** Event type, e.g. `'balanceUpdate'`. */
  readonly e: string;
  /** Event time, epoch ms (sent in µs on a `timeUnit=MICROSECOND` connection). */
  readonly E?: number;
  /** Any other field, as Binance names it (`a`, `d`, `T`, `B`, …). */
  readonly [field: string]: unknown;
}

/**
 * Where an account sends the events its changes cause: the User Data Stream subscriptions of
 * its account on every WebSocket-API connection.
 *
 * @internal
 */
export interface FakeUserEventSink {
  /** Whether any subscription listens to the account now (events are only computed then). */
  readonly listening: boolean;
  /**
   * Sends events, in order, to every subscription of the account.
   *
   * @returns how many subscriptions they reached
   */
  publish(events: readonly FakeUserEvent[]): number;
}
