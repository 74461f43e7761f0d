import { redactUrl } from '../internal/redact.js';
import { BinanceError } from './binance-error.js';

/**
 * A WebSocket closed without the client asking for it (dropped, refused, or closed by the
 * server). Streams never see it: it drives the reconnect, and reaches a subscriber only as the
 * `cause` of a {@link StreamAbandonedError}.
 *
 * @example
 * ```ts
 * import { SocketClosedError } from 'binance-rx';
 * spot.events$.subscribe((e) => e.type === 'reconnectScheduled' && e.error instanceof SocketClosedError && console.log(e.error.code));
 * ```
 */
export class SocketClosedError extends BinanceError {
  override readonly name = 'SocketClosedError';
  /** The socket's URL, secrets redacted. */
  readonly url: string;
  /** The close code (1006 for an abrupt drop). */
  readonly code: number | undefined;
  /** The close reason sent by the peer, if any. */
  readonly reason: string | undefined;
  /** Whether the closing handshake completed. */
  readonly wasClean: boolean | undefined;

  /**
   * @param url - the socket's URL (redacted here)
   * @param close - what the close event said
   */
  constructor(
    url: string,
    close: { code?: number; reason?: string; wasClean?: boolean; opened: boolean },
    options: { cause?: unknown } = {},
  ) {
    const safeUrl = redactUrl(url);
    const what = close.opened ? 'closed' : 'could not be opened';
    super(`The WebSocket ${what}${close.code === undefined ? '' : ` (code ${close.code})`}.`, {
      ...options,
      metaMessages: [
        `URL: ${safeUrl}`,
        ...(close.reason === undefined || close.reason === '' ? [] : [`Reason: ${close.reason}`]),
      ],
    });
    this.url = safeUrl;
    this.code = close.code;
    this.reason = close.reason;
    this.wasClean = close.wasClean;
  }
}

/**
 * A connection stayed silent (no data, ping or pong) longer than `streamTimeout`; the client
 * treats it as dead and replaces it.
 *
 * @example
 * ```ts
 * import { StaleStreamError } from 'binance-rx';
 * spot.events$.subscribe((e) => e.type === 'reconnectScheduled' && e.error instanceof StaleStreamError && console.log(e.error.afterMs));
 * ```
 */
export class StaleStreamError extends BinanceError {
  override readonly name = 'StaleStreamError';
  /** How long the connection had been silent. */
  readonly afterMs: number;
  /** The socket's URL, secrets redacted. */
  readonly url: string;

  /**
   * @param url - the socket's URL (redacted here)
   * @param afterMs - the silence that was measured
   */
  constructor(url: string, afterMs: number) {
    const safeUrl = redactUrl(url);
    super(`No frame arrived for ${afterMs} ms; the connection is considered dead.`, {
      metaMessages: [`URL: ${safeUrl}`],
    });
    this.url = safeUrl;
    this.afterMs = afterMs;
  }
}
