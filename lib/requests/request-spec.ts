import type * as t from 'io-ts';
import type { RequestCost } from './request-cost.js';
import type { SecurityType } from './security-type.js';

/**
 * What the request layer needs to know about one call, whichever transport carries it.
 *
 * @internal
 */
export interface RequestSpec<R> {
  /** The WS-API method (`order.place`) or REST `VERB /path`, used in errors. */
  readonly name: string;
  readonly security: SecurityType;
  /** Places, cancels, replaces or amends orders (see `Endpoint.ordersEffect`). */
  readonly ordersEffect: boolean;
  readonly result: t.Decoder<unknown, R>;
  /**
   * `'logon'`: authenticated by the session's `session.logon` (Ed25519 keys) and sent as given,
   * without `timestamp` or signature (`userDataStream.subscribe`, `spec/spot-ws-api.md` §6.6).
   */
  readonly authentication?: 'logon';
}

/**
 * A {@link RequestSpec} with what it counts against the rate limits: what the client's request
 * hub takes (the transports below it need only the spec).
 *
 * @internal
 */
export interface MeteredRequestSpec<R> extends RequestSpec<R> {
  readonly cost: RequestCost;
  /**
   * Sent on the SDK's own behalf (order-book snapshots): leaves the last 10% of the IP's limits
   * to the user's requests.
   */
  readonly background?: boolean;
}
