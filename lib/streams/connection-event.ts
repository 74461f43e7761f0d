import type { DecodeError } from '../errors/decode-error.js';
import type { OrderBookResyncReason } from '../errors/order-book-errors.js';

/** Fields every {@link ConnectionEvent} has. */
export interface ConnectionEventBase {
  /** Names one socket for its whole life, e.g. `spot/stream#3`. */
  readonly connectionId: string;
  /** The socket's URL, credentials redacted. */
  readonly url: string;
  /** Epoch ms. */
  readonly at: number;
}

/**
 * What happens to a client's connections, for dashboards and logs: `client.events$` emits
 * these. A union discriminated by `type`.
 *
 * @example
 * ```ts
 * spot.events$.subscribe((e) => {
 *   if (e.type === 'reconnectScheduled') console.log(`reconnecting in ${e.delayMs} ms`);
 * });
 * ```
 */
export type ConnectionEvent =
  | (ConnectionEventBase & { readonly type: 'connecting' })
  | (ConnectionEventBase & { readonly type: 'open' })
  | (ConnectionEventBase & {
      readonly type: 'closed';
      readonly code: number | undefined;
      readonly reason: string | undefined;
      /** Whether the client asked for the close (replacement, idle, `close()`). */
      readonly byClient: boolean;
    })
  | (ConnectionEventBase & {
      readonly type: 'reconnectScheduled';
      /** The retry policy's `fails`: consecutive failures so far. */
      readonly attempt: number;
      readonly delayMs: number;
      readonly error: unknown;
    })
  | (ConnectionEventBase & {
      readonly type: 'resubscribed';
      /** How many streams the new connection carries again. */
      readonly streams: number;
    })
  | (ConnectionEventBase & {
      readonly type: 'replaced';
      readonly reason: ReplaceReason;
      /** The connection that took over. */
      readonly replacementId: string;
    })
  | (ConnectionEventBase & {
      readonly type: 'decodeError';
      /** The stream the payload came on; `undefined` when the frame could not be attributed. */
      readonly stream: string | undefined;
      readonly error: DecodeError;
    })
  | (ConnectionEventBase & {
      /** A managed order book threw its book away and resyncs from a fresh snapshot; it emits nothing until then. */
      readonly type: 'orderBookResync';
      /** The book's symbol, upper case. */
      readonly symbol: string;
      readonly reason: OrderBookResyncReason;
      /** For a gap: the update id the next event had to carry. */
      readonly expectedUpdateId: number | undefined;
      /** For a gap: the update id it carried. */
      readonly receivedUpdateId: number | undefined;
      /** What went wrong (an `OrderBookGapError`, the failed snapshot request's error, …). */
      readonly error: unknown;
    })
  | (ConnectionEventBase & {
      /**
       * The exchange answered 429 or 418: the client holds every request of that scope (the IP,
       * or the account's orders) for `retryAfterMs`; requests made meanwhile fail at once.
       * Clients sharing a rate limiter all report it, whichever of them took the answer.
       */
      readonly type: 'rateLimited';
      readonly retryAfterMs: number;
      /** `'ip'` (request weight, 418 bans) or `'account'` (order count, -1015). */
      readonly scope: 'ip' | 'account';
      /** Whether it was a ban (418). */
      readonly banned: boolean;
    })
  | (ConnectionEventBase & {
      /**
       * The user-data subscription is live on the exchange (`connectionId`: the WebSocket-API
       * connection carrying it): the account's events from now on reach `stream$(SubType.User)`.
       * Emitted for the first subscription, after each recovery (before its `userStreamGap`)
       * and after a move to a new connection.
       */
      readonly type: 'userStreamSubscribed';
      /** The exchange's id of the subscription. */
      readonly subscriptionId: number;
    })
  | (ConnectionEventBase & {
      /**
       * The user-data stream was down and is subscribed again: account and order events between
       * `from` and `to` may have been missed (re-query open orders and balances).
       */
      readonly type: 'userStreamGap';
      /** When the old subscription stopped delivering (epoch ms). */
      readonly from: number;
      /** When the new subscription was confirmed (epoch ms). */
      readonly to: number;
    });

/** Why a connection was replaced by a fresh one before it closed. */
export type ReplaceReason = 'serverShutdown' | 'maxAge';
