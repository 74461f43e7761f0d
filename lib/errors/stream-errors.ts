import { BinanceError } from './binance-error.js';

/**
 * The server rejected the subscription of one stream.
 *
 * @remarks Only the stream at fault errors; when a batched SUBSCRIBE is rejected the client
 * isolates the offending names first, so the other streams of the batch go on.
 *
 * @example
 * ```ts
 * import { StreamSubscribeError } from 'binance-rx';
 * spot.rawStream$('nosuch@trade').subscribe({ error: (e) => e instanceof StreamSubscribeError && console.log(e.code) });
 * ```
 */
export class StreamSubscribeError extends BinanceError {
  override readonly name = 'StreamSubscribeError';
  /** The stream name that was rejected. */
  readonly stream: string;
  /** Binance's error code (e.g. `2`). */
  readonly code: number;
  /** Binance's error text. */
  readonly msg: string;

  /**
   * @param stream - the rejected stream name
   * @param code - Binance's code
   * @param msg - Binance's text
   */
  constructor(stream: string, code: number, msg: string) {
    super(`The server rejected the subscription to "${stream}".`, {
      metaMessages: [`Code: ${code}`, `Message: ${msg}`],
      docsUrl: 'https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams',
    });
    this.stream = stream;
    this.code = code;
    this.msg = msg;
  }
}

/**
 * The retry policy gave up reconnecting; every stream of the connection errors with this.
 *
 * @remarks The default policy never gives up; `noRetryPolicy` or a custom `retryPolicy` may.
 *
 * @example
 * ```ts
 * import { SpotClient, noRetryPolicy } from 'binance-rx';
 * new SpotClient({ retryPolicy: noRetryPolicy }).stream$(...).subscribe({ error: (e) => console.log(e.fails) });
 * ```
 */
export class StreamAbandonedError extends BinanceError {
  override readonly name = 'StreamAbandonedError';
  /** How many consecutive failures the policy saw. */
  readonly fails: number;

  /**
   * @param fails - consecutive failures when the policy abandoned
   * @param cause - the last failure
   */
  constructor(fails: number, cause: unknown) {
    super(`The retry policy abandoned the connection after ${fails} consecutive failure(s).`, {
      cause,
      metaMessages: [`Last failure: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`],
    });
    this.fails = fails;
  }
}

/**
 * A subscription needs more streams than one connection may carry, and cannot be sharded.
 *
 * @example
 * ```ts
 * import { TooManyStreamsError } from 'binance-rx';
 * if (err instanceof TooManyStreamsError) console.log(err.requested, err.limit);
 * ```
 */
export class TooManyStreamsError extends BinanceError {
  override readonly name = 'TooManyStreamsError';
  /** Streams the request needs. */
  readonly requested: number;
  /** Streams one connection may carry. */
  readonly limit: number;

  /**
   * @param requested - streams needed
   * @param limit - streams allowed per connection
   */
  constructor(requested: number, limit: number) {
    super(`A subscription needs ${requested} streams on one connection; the limit is ${limit}.`);
    this.requested = requested;
    this.limit = limit;
  }
}
