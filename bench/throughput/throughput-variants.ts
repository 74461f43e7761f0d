import type { Observable } from 'rxjs';
import WebSocket from 'ws';
import { SpotClient, SubType } from '../../lib/index.js';
import { tradeStreamName } from '../support/trade-payloads.js';
import type { MessageCounter } from './message-counter.js';

/** What a variant subscribes to, and where it counts. */
export interface VariantTarget {
  readonly streamHost: string;
  /** Uppercase symbols; their streams are `<symbol>@trade`. */
  readonly symbols: readonly string[];
  readonly counter: MessageCounter;
}

/** A subscribed variant; `close()` lets go of everything it opened. */
export interface OpenVariant {
  close(): Promise<void>;
  /** Anything that went wrong without stopping the stream (e.g. decode errors). */
  problems(): string[];
}

/** One way of receiving the published trades. */
export interface ThroughputVariant {
  readonly name: string;
  open(target: VariantTarget): Promise<OpenVariant>;
}

/**
 * The realistic minimum: a `ws` client on the combined URL that parses each frame and reads its
 * `data`, as any hand-written client must.
 */
export const BASELINE_VARIANT: ThroughputVariant = {
  name: 'baseline ws+JSON.parse',
  async open({ streamHost, symbols, counter }) {
    const socket = new WebSocket(`${streamHost}/stream?streams=${symbols.map(tradeStreamName).join('/')}`);
    let missingData = 0;
    socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as { readonly data?: unknown };
      if (frame.data === undefined) missingData++;
      counter.tick();
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return {
      problems: () => (missingData > 0 ? [`${missingData} frame(s) without data`] : []),
      close: () =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.close(1000);
        }),
    };
  },
};

/** `spot.rawStream$(name)` for each stream: the SDK's multiplexer, no decoding. */
export const RAW_STREAM_VARIANT: ThroughputVariant = {
  name: 'spot.rawStream$',
  open: (target) => openSdk(target, (spot, symbol) => spot.rawStream$(tradeStreamName(symbol)), target.counter.tick),
};

/** `spot.stream$(SubType.Trade, symbol)`: decoded trades with `Big` prices and quantities. */
export const TRADE_STREAM_VARIANT: ThroughputVariant = {
  name: 'spot.stream$(Trade)',
  open: (target) => {
    const { counter } = target;
    return openSdk(
      target,
      (spot, symbol) => spot.stream$(SubType.Trade, symbol),
      (trade) => {
        // read decoded fields, so that no part of the decode is dead code
        if (trade.price.s < 0 || trade.tradeId < 0) throw new Error('negative trade');
        counter.tick();
      },
    );
  },
};

async function openSdk<T>(target: VariantTarget, stream$: (spot: SpotClient, symbol: string) => Observable<T>, next: (value: T) => void): Promise<OpenVariant> {
  const spot = new SpotClient({ streamHost: target.streamHost, connectionLinger: 0 });
  const problems: string[] = [];
  const events = spot.events$.subscribe((event) => {
    if (event.type === 'decodeError' || event.type === 'reconnectScheduled') problems.push(`${event.type} on ${event.connectionId}`);
  });
  const subscriptions = target.symbols.map((symbol) =>
    stream$(spot, symbol).subscribe({ next, error: (error: unknown) => problems.push(`${symbol}: ${String(error)}`) }),
  );
  return {
    problems: () => [...problems],
    async close() {
      for (const subscription of subscriptions) subscription.unsubscribe();
      await spot.close();
      events.unsubscribe();
    },
  };
}
