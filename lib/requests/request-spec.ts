import type * as t from 'io-ts';
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
}
