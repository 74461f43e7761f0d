import { asyncScheduler, Observable, type SchedulerLike } from 'rxjs';
import { SocketClosedError } from '../../errors/transport-errors.js';
import { hasNodeExtras, READY_STATE, type WebSocketCtor, type WebSocketEventLike, type WebSocketLike } from './web-socket-like.js';

/** What a caller may do with an open socket. */
export interface SocketHandle {
  send(text: string): void;
}

/**
 * Receives a socket's frames on the hot path, as plain calls: no event object and no RxJS
 * layer per frame (a market stream carries hundreds of thousands of them per second).
 */
export interface FrameSink {
  /** A text frame (binary frames are decoded as UTF-8). */
  frame(text: string): void;
  /** A ping or pong frame (visible with Node's `ws` only): proof of life, nothing to read. */
  heartbeat(): void;
}

/** How a socket ended, reported once it is really closed, whoever closed it. */
export interface SocketClosure {
  readonly code: number | undefined;
  readonly reason: string | undefined;
  readonly byClient: boolean;
}

/** Options of {@link openSocket}. */
export interface OpenSocketOptions {
  /** Called once the socket is fully closed, also after the subscriber has left. */
  readonly onClosed?: (closure: SocketClosure) => void;
  /** How long a client-initiated close may take before `ws` sockets are terminated. */
  readonly closeGraceMs?: number;
  readonly scheduler?: SchedulerLike;
}

const DEFAULT_CLOSE_GRACE_MS = 2000;

/**
 * One WebSocket as a cold observable: subscribing opens it, unsubscribing closes it (code
 * 1000), and any close the client did not ask for errors with {@link SocketClosedError}.
 *
 * @remarks
 * Emits the socket's handle once, when it opens. Frames go to `sink` directly; parsing is left
 * to the caller, which routes frames on the hot path.
 *
 * @param url - the full URL
 * @param WebSocket - the constructor to use
 * @param sink - receives every frame
 * @param options - close notification and timing
 * @returns a cold observable of the open socket's handle
 * @throws {@link SocketClosedError} when the socket fails to open or closes unasked
 *
 * @internal
 */
export function openSocket(
  url: string,
  WebSocket: WebSocketCtor,
  sink: FrameSink,
  options: OpenSocketOptions = {},
): Observable<SocketHandle> {
  const scheduler = options.scheduler ?? asyncScheduler;
  return new Observable<SocketHandle>((subscriber) => {
    let socket: WebSocketLike;
    try {
      socket = new WebSocket(url);
    } catch (cause) {
      options.onClosed?.({ code: undefined, reason: undefined, byClient: false });
      subscriber.error(new SocketClosedError(url, { opened: false }, { cause }));
      return undefined;
    }
    if ('binaryType' in socket) socket.binaryType = 'arraybuffer';
    let opened = false;
    let closedByClient = false;
    let lastError: WebSocketEventLike | undefined;

    const onOpen = (): void => {
      opened = true;
      subscriber.next({ send: (text) => socket.send(text) });
    };
    const onMessage = (event: WebSocketEventLike): void => {
      const { data } = event;
      sink.frame(typeof data === 'string' ? data : textOf(data));
    };
    const onHeartbeat = (): void => sink.heartbeat();
    const onError = (event: WebSocketEventLike): void => {
      lastError = event; // a close event always follows; it carries the error as its cause
    };
    let forceClose: { unsubscribe(): void } | undefined;
    const onClose = (event: WebSocketEventLike): void => {
      forceClose?.unsubscribe();
      detach();
      options.onClosed?.({ code: event.code, reason: event.reason, byClient: closedByClient });
      if (!closedByClient) {
        const close = { opened, ...pick(event) };
        subscriber.error(new SocketClosedError(url, close, { cause: errorOf(lastError) }));
      }
    };
    const detach = (): void => {
      socket.removeEventListener('open', onOpen);
      socket.removeEventListener('message', onMessage);
      socket.removeEventListener('close', onClose);
      if (hasNodeExtras(socket)) {
        socket.off('ping', onHeartbeat);
        socket.off('pong', onHeartbeat);
      }
      // the 'error' listener stays: an unhandled 'error' on a `ws` socket would throw
    };

    socket.addEventListener('open', onOpen);
    socket.addEventListener('message', onMessage);
    socket.addEventListener('error', onError);
    socket.addEventListener('close', onClose);
    if (hasNodeExtras(socket)) {
      socket.on('ping', onHeartbeat);
      socket.on('pong', onHeartbeat);
    }

    return () => {
      if (socket.readyState === READY_STATE.CLOSED) return;
      closedByClient = true;
      socket.removeEventListener('open', onOpen);
      socket.removeEventListener('message', onMessage);
      if (socket.readyState !== READY_STATE.CLOSING) socket.close(1000);
      if (hasNodeExtras(socket)) {
        const nodeSocket = socket;
        // a peer that never answers the close handshake must not keep the process alive
        forceClose = scheduler.schedule(() => nodeSocket.terminate(), options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS);
      }
    };
  });
}

function textOf(data: unknown): string {
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return new TextDecoder().decode(data);
  return String(data);
}

function pick(event: WebSocketEventLike): { code?: number; reason?: string; wasClean?: boolean } {
  return {
    ...(event.code === undefined ? {} : { code: event.code }),
    ...(event.reason === undefined ? {} : { reason: event.reason }),
    ...(event.wasClean === undefined ? {} : { wasClean: event.wasClean }),
  };
}

function errorOf(event: WebSocketEventLike | undefined): unknown {
  if (event === undefined) return undefined;
  const inner = (event as { error?: unknown }).error;
  return inner instanceof Error ? inner : new Error(event.message ?? 'WebSocket error event');
}
