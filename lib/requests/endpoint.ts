import type * as t from 'io-ts';
import type { CostRule } from './request-cost.js';
import type { SecurityType } from './security-type.js';

/** An HTTP verb of a REST endpoint. */
export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One Binance request: its WebSocket-API method, its REST twin, its security type and the codec
 * of its result. `P` is the params type (phantom: only the compiler reads it).
 *
 * @internal
 */
export interface Endpoint<P, R> {
  /** The WebSocket-API method, e.g. `'order.place'`. */
  readonly wsApi: string;
  /** The REST twin, e.g. `['POST', '/api/v3/order']`; `undefined` for WS-API-only methods (`session.*`). */
  readonly rest: readonly [HttpVerb, string] | undefined;
  readonly security: SecurityType;
  /** Decodes the `result` (WS-API) or body (REST). */
  readonly result: t.Decoder<unknown, R>;
  /**
   * Places, cancels, replaces or amends orders: a timeout, a cut connection or a 5xx then means
   * the outcome is unknown (`ExecutionStatusUnknownError`), and the request is never retried.
   */
  readonly ordersEffect: boolean;
  /**
   * Names of the params Binance reads as DECIMAL (price, quantity, …): a JS `number` there is
   * refused with `InvalidParamError` before anything is sent.
   */
  readonly decimals: readonly string[];
  /**
   * Request weight (`spec/spot-ws-api.md` §6 tables; REST twins `spec/rest.md` §7): a constant,
   * or a function of the params where the weight depends on them (depth `limit`, symbol count).
   */
  readonly weight: CostRule<P>;
  /** Unfilled-order count the request adds (`ORDERS` pools): 1 per order it places. Default 0. */
  readonly orders?: CostRule<P>;
  /** Phantom marker of the params type; never set. */
  readonly params?: (p: P) => void;
}

/**
 * Declares an endpoint with its params type fixed first and its result type inferred from the
 * codec: `endpoint<CreateOrderParams>()({ wsApi: 'order.place', … })`.
 *
 * @internal
 */
export function endpoint<P>(): <R>(def: Omit<Endpoint<P, R>, 'params'>) => Endpoint<P, R> {
  return (def) => def;
}

/** The params type of an endpoint. @internal */
export type ParamsOf<E> = E extends { readonly params?: (p: infer P) => void } ? P : never;
/** The result type of an endpoint. */
export type ResultOf<E> = E extends { readonly result: t.Decoder<unknown, infer R> } ? R : never;
