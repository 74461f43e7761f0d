import * as t from 'io-ts';
import { defer, EMPTY, filter, map, Observable, retry, type Subscription, tap, throwError, timer } from 'rxjs';
import { ConfigError } from '../../errors/config-error.js';
import { DecodeError } from '../../errors/decode-error.js';
import { StreamAbandonedError } from '../../errors/stream-errors.js';
import type { MeteredRequestSpec } from '../../requests/request-spec.js';
import type { WireParams } from '../../requests/serialize-params.js';
import { SecurityType } from '../../requests/security-type.js';
import type { KeyType } from '../../signing/signer.js';
import type { ConnectionEvent } from '../../streams/connection-event.js';
import type { RetryPolicy } from '../../transport/socket/retry-policy.js';
import type { WsApiEventFrame } from '../../ws-api/ws-api-frame.js';
import type { WsApiSession } from '../../ws-api/ws-api-session.js';
import { SpotUserEvent } from './user-data/spot-user-event.js';
import { UserStreamSplice } from './user-stream-splice.js';

/** What {@link spotUserStream$} uses of its client. @internal */
export interface SpotUserStreamDeps {
  /** The current WebSocket-API session; errors when its socket drops; holding it keeps the socket open. */
  session$(): Observable<WsApiSession>;
  /** A request on one session, admitted by the rate limiter. */
  callOn<R>(session: WsApiSession, spec: MeteredRequestSpec<R>, params: WireParams): Observable<R>;
  readonly keyType: KeyType;
  readonly retryPolicy: RetryPolicy;
  /** The WebSocket-API URL (redacted), for events. */
  readonly url: string;
  now(): number;
  emit(event: ConnectionEvent): void;
  /** An event that failed its codec (reported on `events$`; the stream goes on). */
  onDecodeError(error: DecodeError, connectionId: string): void;
}

const Subscribed = t.type({ subscriptionId: t.number }, 'UserDataSubscription');
const cost = { weight: 2, orders: 0 } as const; // spec/spot-ws-api.md §6.6: weight 2 each
/** Ed25519: the session is logged on (`session.logon`), then subscribes (`spec/user-data.md` §1, option A). */
const SUBSCRIBE_LOGON: MeteredRequestSpec<{ subscriptionId: number }> = {
  name: 'userDataStream.subscribe',
  security: SecurityType.None,
  authentication: 'logon',
  ordersEffect: false,
  result: Subscribed,
  cost,
};
/** HMAC, RSA: a signed subscription on any session (option B). */
const SUBSCRIBE_SIGNATURE: MeteredRequestSpec<{ subscriptionId: number }> = {
  name: 'userDataStream.subscribe.signature',
  security: SecurityType.UserData,
  ordersEffect: false,
  result: Subscribed,
  cost,
};
const UNSUBSCRIBE: MeteredRequestSpec<unknown> = { name: 'userDataStream.unsubscribe', security: SecurityType.None, ordersEffect: false, result: t.unknown, cost };

/** The subscription ended on the server's side (`eventStreamTerminated`): subscribe again. @internal */
class UserStreamTerminated extends Error {
  override readonly name = 'UserStreamTerminated';
}

/** A decoded event, with its wire JSON as `key` (the same event is the same JSON on every connection). */
type EventStep = { readonly kind: 'event'; readonly event: SpotUserEvent; readonly key: string };
type ConfirmedStep = { readonly kind: 'confirmed'; readonly session: WsApiSession; readonly subscriptionId: number };
type Step = ConfirmedStep | EventStep;

/** How long a move waits for the two subscriptions to line up before the new one takes over. @internal */
export const USER_STREAM_MOVE_TIMEOUT_MS = 1000;

/**
 * The spot user-data stream over the WebSocket API (`spec/user-data.md` §1, `spec/spot-ws-api.md`
 * §6.6): subscribes (Ed25519: `session.logon` then `userDataStream.subscribe`; HMAC, RSA:
 * `userDataStream.subscribe.signature`), decodes each event of its subscription id, and keeps
 * the subscription alive.
 *
 * @remarks
 * - Each subscription that starts serving (the first, each recovery, each move) is a
 *   `userStreamSubscribed` event: from then on the account's events arrive.
 * - A dropped connection, or `eventStreamTerminated`, subscribes again (logging on again first
 *   for Ed25519) with the retry policy's delays; each attempt is a `reconnectScheduled` event,
 *   and the new subscription a `resubscribed` and a `userStreamGap` (`from`, `to`: events in
 *   between may be lost; re-query open orders).
 * - `serverShutdown`: subscribes on the new connection first; once it is confirmed the two
 *   subscriptions are lined up ({@link UserStreamSplice}: the old one delivers until the first
 *   event both carried, at most {@link USER_STREAM_MOVE_TIMEOUT_MS}), then the old one is left:
 *   no event lost, none twice.
 * - An event that fails its codec is reported on `events$` and skipped.
 * - Unsubscribing sends `userDataStream.unsubscribe` for the subscription.
 *
 * @internal
 */
export function spotUserStream$(deps: SpotUserStreamDeps): Observable<SpotUserEvent> {
  return defer(() => {
    let lostAt: number | undefined;
    return followed$(deps).pipe(
      tap((step) => {
        if (step.kind !== 'confirmed') return;
        const base = { connectionId: step.session.id, url: deps.url, at: deps.now() };
        deps.emit({ ...base, type: 'userStreamSubscribed', subscriptionId: step.subscriptionId });
        if (lostAt === undefined) return;
        deps.emit({ ...base, type: 'resubscribed', streams: 1 });
        deps.emit({ ...base, type: 'userStreamGap', from: lostAt, to: base.at });
        lostAt = undefined;
      }),
      retry({
        resetOnSuccess: true,
        delay: (error: unknown, fails: number) => {
          // the client is closing: the stream ends with it
          if (error instanceof ConfigError) return EMPTY;
          lostAt ??= deps.now();
          const decision = deps.retryPolicy({ fails, error });
          if (decision.abandon) return throwError(() => new StreamAbandonedError(fails, error));
          const delayMs = Number.isFinite(decision.delayMs) ? Math.max(0, decision.delayMs) : 0;
          deps.emit({ connectionId: 'user-data', url: deps.url, at: deps.now(), type: 'reconnectScheduled', attempt: fails, delayMs, error });
          return timer(delayMs);
        },
      }),
      filter((step): step is Extract<Step, { kind: 'event' }> => step.kind === 'event'),
      map((step) => step.event),
    );
  });
}

/** One subscription after another as connections are replaced (make before break). */
function followed$(deps: SpotUserStreamDeps): Observable<Step> {
  return new Observable<Step>((subscriber) => {
    /** One subscription attempt; its `sub` is set once `subscribe` returns (emissions may come first). */
    interface Slot {
      sub?: Subscription;
      confirmed?: ConfirmedStep;
      /** Set on a replacement once confirmed: lines it up with the one it replaces. */
      splice?: UserStreamSplice<EventStep>;
    }
    let current: Slot | undefined;
    /** A replacement started on `serverShutdown`, not serving yet. */
    let moving: Slot | undefined;
    let moveTimer: Subscription | undefined;
    let draining: Subscription | undefined;
    const serve = (confirmed: ConfirmedStep): void => {
      subscriber.next(confirmed);
      draining?.unsubscribe();
      draining = confirmed.session.draining$.subscribe(() => {
        if (moving === undefined) start(true);
      });
    };
    const takeOver = (): void => {
      const old = current;
      const slot = moving;
      if (slot?.confirmed === undefined) return;
      current = slot;
      moving = undefined;
      moveTimer?.unsubscribe();
      moveTimer = undefined;
      old?.sub?.unsubscribe();
      serve(slot.confirmed);
    };
    const start = (replacing: boolean): Slot => {
      const slot: Slot = {};
      if (replacing) moving = slot;
      else current = slot;
      slot.sub = subscriptionOn$(deps).subscribe({
        next: (step) => {
          if (step.kind === 'confirmed') {
            slot.confirmed = step;
            if (moving === slot) {
              // both subscriptions live: the old one delivers while they are lined up
              const splice = new UserStreamSplice<EventStep>((event) => subscriber.next(event), takeOver);
              slot.splice = splice;
              moveTimer = timer(USER_STREAM_MOVE_TIMEOUT_MS).subscribe(() => splice.finish());
            } else if (current === slot) serve(step);
            return;
          }
          const lining = moving?.splice;
          if (current === slot && lining !== undefined) lining.fromOld(step.key, step);
          else if (slot.splice !== undefined && (current === slot || moving === slot)) slot.splice.fromNew(step.key, step);
          else if (current === slot) subscriber.next(step);
        },
        error: (error: unknown) => {
          if (moving === slot) {
            // a failed replacement leaves the old subscription serving until it ends itself
            moving = undefined;
            moveTimer?.unsubscribe();
            return;
          }
          if (current !== slot) return;
          // the old connection ended while lined up with a confirmed replacement: it takes over
          if (moving?.splice !== undefined) moving.splice.finish();
          else subscriber.error(error);
        },
      });
      return slot;
    };
    start(false);
    return () => {
      draining?.unsubscribe();
      moveTimer?.unsubscribe();
      moving?.sub?.unsubscribe();
      current?.sub?.unsubscribe();
    };
  });
}

/**
 * One subscription on the current session: `confirmed`, then its events; errors when it ends
 * (the socket dropped or closed, or the server terminated the subscription).
 */
function subscriptionOn$(deps: SpotUserStreamDeps): Observable<Step> {
  return new Observable<Step>((subscriber) => {
    let onIt: Subscription | undefined;
    const holding = deps.session$().subscribe({
      next: (session) => {
        onIt = onSession(deps, session).subscribe(subscriber);
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.error(new UserStreamTerminated('the WebSocket-API connection closed')),
    });
    return () => {
      onIt?.unsubscribe();
      holding.unsubscribe();
    };
  });
}

function onSession(deps: SpotUserStreamDeps, session: WsApiSession): Observable<Step> {
  return new Observable<Step>((subscriber) => {
    let subscriptionId: number | undefined;
    let terminated = false;
    const early: WsApiEventFrame[] = [];
    const handle = (frame: WsApiEventFrame): void => {
      if (frame.subscriptionId !== undefined && frame.subscriptionId !== subscriptionId) return;
      const decoded = SpotUserEvent.decode(frame.event);
      if (decoded._tag === 'Left') {
        deps.onDecodeError(new DecodeError('SpotUserEvent', frame.event, decoded.left.map((e) => e.message ?? 'invalid')), session.id);
        return;
      }
      subscriber.next({ kind: 'event', event: decoded.right, key: JSON.stringify(frame.event) });
      if (decoded.right.kind === 'eventStreamTerminated') {
        terminated = true;
        subscriber.error(new UserStreamTerminated('the server ended the user-data subscription (eventStreamTerminated)'));
      }
    };
    const events = session.events$.subscribe((frame) => (subscriptionId === undefined ? early.push(frame) : handle(frame)));
    const spec = deps.keyType === 'ed25519' ? SUBSCRIBE_LOGON : SUBSCRIBE_SIGNATURE;
    const request = deps.callOn(session, spec, {}).subscribe({
      next: ({ subscriptionId: id }) => {
        subscriptionId = id;
        subscriber.next({ kind: 'confirmed', session, subscriptionId: id });
        for (const frame of early.splice(0)) handle(frame);
      },
      error: (error: unknown) => subscriber.error(error),
    });
    return () => {
      events.unsubscribe();
      request.unsubscribe();
      if (subscriptionId !== undefined && !terminated) {
        // best effort: a closed socket ends the subscription on the server anyway
        deps.callOn(session, UNSUBSCRIBE, { subscriptionId }).subscribe({ error: () => undefined });
      }
    };
  });
}
