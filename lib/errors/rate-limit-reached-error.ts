import { BinanceError } from './binance-error.js';

/**
 * An order would go over the account's order budget (`ORDERS`, e.g. 50 per 10 s on spot), so
 * the client refused it before sending: orders never wait, a late order is a different order.
 *
 * @remarks Only with `rateLimitGuard` on (the default). Requests that are not orders wait for
 * room instead.
 *
 * @example
 * ```ts
 * import { RateLimitReachedError } from 'binance-rx';
 * spot.createOrder(order).subscribe({
 *   error: (e) => e instanceof RateLimitReachedError && console.log(`order budget full for ${e.retryAfterMs} ms`),
 * });
 * ```
 */
export class RateLimitReachedError extends BinanceError {
  override readonly name = 'RateLimitReachedError';
  /** How long until the window has room, ms. */
  readonly retryAfterMs: number;
  /** The WS-API method or REST `VERB /path` refused. */
  readonly endpoint: string;
  /** The full window, e.g. `'orders/10s'`. */
  readonly window: string;

  /**
   * @param endpoint - the refused request
   * @param window - the full window, `type/interval`
   * @param retryAfterMs - time until it has room
   */
  constructor(endpoint: string, window: string, retryAfterMs: number) {
    super(`The order budget is used up (${window}): ${endpoint} was not sent.`, {
      metaMessages: [`Window: ${window}`, `Room again in: ${retryAfterMs} ms`],
      docsUrl: 'https://developers.binance.com/docs/binance-spot-api-docs/rest-api/limits',
    });
    this.retryAfterMs = retryAfterMs;
    this.endpoint = endpoint;
    this.window = window;
  }
}
