/**
 * The dashboard's workload (samples/dashboard): per symbol a managed order book, trades, the
 * book ticker and the 24 h ticker, and what a client variant reports of what it received.
 */
import type Big from 'big.js';
import type { FakeExchangeProcess } from '../support/fake-exchange-process.js';

/** The dashboard's symbols, all simulated by the fake. */
export const DASHBOARD_SYMBOLS: readonly string[] = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT'];

/** The streams the dashboard reads per symbol, by wire suffix (`<symbol>@<kind>`). */
export type DashboardKind = 'depth' | 'trade' | 'bookTicker' | 'ticker';

/** Every {@link DashboardKind}, in the order the tables list them. */
export const DASHBOARD_KINDS: readonly DashboardKind[] = ['depth', 'trade', 'bookTicker', 'ticker'];

/** Snapshot depth of the managed books (`stream$(SubType.OrderBook, s, { limit })`). */
export const BOOK_LIMIT = 100;

/**
 * A stream's wire name, e.g. `btcusdt@depth` (`spec/spot-streams.md` §4; `@depth` is the
 * 1000 ms diff stream the SDK's managed book uses by default).
 *
 * @param symbol - upper case
 * @param kind - which stream
 * @returns the name
 */
export function streamName(symbol: string, kind: DashboardKind): string {
  return `${symbol.toLowerCase()}@${kind}`;
}

/**
 * Every stream name of the workload.
 *
 * @param symbols - upper case
 * @returns symbol by symbol, {@link DASHBOARD_KINDS} order
 */
export function dashboardNames(symbols: readonly string[]): string[] {
  return symbols.flatMap((symbol) => DASHBOARD_KINDS.map((kind) => streamName(symbol, kind)));
}

/** What a variant received on one stream name, read from the last value it kept. */
export interface ReceivedStream {
  /** Values delivered to the consumer (for the book: after the snapshot's). */
  readonly frames: number;
  /** `lastUpdateId` (book), `updateId` (book ticker), `tradeId` (trade), `lastTradeId` (ticker). */
  readonly lastId: number | undefined;
  /** Best bid and ask of the book, or of the book ticker. */
  readonly bid?: Big | undefined;
  readonly ask?: Big | undefined;
}

/** One variant of the dashboard, connected and subscribed. */
export interface OpenDashboard {
  /** Values delivered on a name so far (cheap: polled until the round is complete). */
  frames(name: string): number;
  /** What the last value of a name says. */
  received(name: string): ReceivedStream;
  /** Anything the variant noticed going wrong (resyncs, gaps, decode errors). */
  problems(): string[];
  /** Unsubscribes and closes its connections. */
  close(): Promise<void>;
}

/** A way to run the dashboard's workload. */
export interface DashboardVariant {
  readonly name: string;
  /**
   * Subscribes every stream of the workload and resolves once the books hold their snapshots.
   *
   * @param fake - the fake exchange, simulator idle
   * @param symbols - upper case
   */
  open(fake: FakeExchangeProcess, symbols: readonly string[]): Promise<OpenDashboard>;
}
