import type { Observable, Subscription } from 'rxjs';
import type { ClientOptions } from '../../lib/client/client-options.js';
import type { ConnectionEvent } from '../../lib/streams/connection-event.js';
import { backoffPolicy } from '../../lib/transport/socket/retry-policy.js';
import { SpotClient } from '../../lib/index.js';
import { FakeBinance, type FakeBinanceOptions } from '../../lib/testing/index.js';

/** Polls until `predicate` holds; fails with `what` after `timeoutMs`. */
export async function until(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await sleep(5);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Everything one subscription saw. */
export class Recorder<T> {
  readonly values: T[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  readonly subscription: Subscription;

  constructor(source$: Observable<T>) {
    this.subscription = source$.subscribe({
      next: (v) => this.values.push(v),
      error: (e: unknown) => this.errors.push(e),
      complete: () => (this.completed = true),
    });
  }
}

/** Client options that make reconnect tests fast. */
export const FAST: ClientOptions = {
  retryPolicy: backoffPolicy({ initialMs: 20, maxMs: 100 }),
  connectionLinger: 100,
};

/** A fake exchange and a spot client on it; `dispose()` closes both. */
export async function loopback(fakeOptions: FakeBinanceOptions = {}, clientOptions: ClientOptions = {}) {
  const fake = await FakeBinance.start(fakeOptions);
  const spot = new SpotClient({ ...fake.hosts.spot, ...FAST, ...clientOptions });
  const events: ConnectionEvent[] = [];
  spot.events$.subscribe((e) => events.push(e));
  const subscribed = (stream: string, count = 1): Promise<void> =>
    until(() => fake.subscribersOf(stream) >= count, `${stream} subscribed on ${count} connection(s)`);
  const dispose = async (): Promise<void> => {
    await spot.close();
    await fake.stop();
  };
  return { fake, spot, events, subscribed, dispose };
}
