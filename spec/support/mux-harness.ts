import { asyncScheduler, type Subscription } from 'rxjs';
import { StreamMultiplexer } from '../../lib/streams/stream-multiplexer.js';
import type { ConnectionEvent } from '../../lib/streams/connection-event.js';
import type { ShardConfig } from '../../lib/streams/shard-config.js';
import { fakeWebSocketFactory, type FakeWebSocket } from '../../lib/testing/fake-websocket.js';

/** A control message the client sent, parsed. */
export interface SentControl {
  readonly method: string;
  readonly params?: string[];
  readonly id: number;
}

/** A multiplexer on fake sockets; use inside `TestScheduler.run` (all timers are virtual). */
export function muxHarness(config: Partial<ShardConfig> = {}) {
  const { WebSocket, sockets } = fakeWebSocketFactory();
  const mux = new StreamMultiplexer({
    label: 'spot/stream',
    url: 'ws://fake/stream',
    webSocket: WebSocket,
    retryPolicy: ({ fails }) => ({ abandon: false, delayMs: 100 * fails }),
    messagesPerSecond: 5,
    maxStreamsPerConnection: 1024,
    streamTimeoutMs: 30_000,
    maxConnectionAgeMs: 1e12,
    lingerMs: 3000,
    ...config,
  });
  const events: ConnectionEvent[] = [];
  mux.events$.subscribe((e) => events.push(e));
  const received: { name: string; value: unknown; at: number }[] = [];
  const errors: { name: string; error: unknown }[] = [];
  const completed: string[] = [];
  const subscribe = (name: string): Subscription =>
    mux.stream$(name).subscribe({
      next: (value) => received.push({ name, value, at: asyncScheduler.now() }),
      error: (error: unknown) => errors.push({ name, error }),
      complete: () => completed.push(name),
    });
  return { mux, sockets, events, received, errors, completed, subscribe };
}

/** Runs `fn` at virtual time `ms` (inside `TestScheduler.run`). */
export function at(ms: number, fn: () => void): void {
  asyncScheduler.schedule(fn, ms);
}

/** The control messages a socket sent. */
export function controls(socket: FakeWebSocket | undefined): SentControl[] {
  return (socket?.sentJson ?? []) as SentControl[];
}

/** Answers every control message not answered yet with success (`rejected` names fail their message). */
export function answer(socket: FakeWebSocket | undefined, rejected: readonly string[] = []): void {
  if (socket === undefined) throw new Error('no socket');
  const answered = (socket as FakeWebSocket & { answered?: number }).answered ?? 0;
  const pending = controls(socket).slice(answered);
  (socket as FakeWebSocket & { answered?: number }).answered = answered + pending.length;
  for (const c of pending) {
    const bad = (c.params ?? []).some((n) => rejected.includes(n));
    socket.message(bad ? { error: { code: 2, msg: 'Invalid request: invalid stream' }, id: c.id } : { result: c.method === 'LIST_SUBSCRIPTIONS' ? [] : null, id: c.id });
  }
}
