import type Big from 'big.js';
import { combineLatest, map, merge, type Observable, scan, startWith } from 'rxjs';
import { SubType, type ConnectionEvent, type RateLimitSnapshot, type SpotClient } from '../../lib/index.js';

/** What the dashboard shows of one symbol. */
export interface SymbolView {
  readonly symbol: string;
  /** Last price and 24 h change (`@ticker`), once one arrived. */
  readonly last: Big | undefined;
  readonly changePercent: Big | undefined;
  /** The managed order book's best levels and spread. */
  readonly bestBid: { readonly price: Big; readonly quantity: Big } | undefined;
  readonly bestAsk: { readonly price: Big; readonly quantity: Big } | undefined;
  readonly spread: Big | undefined;
  /** The most recent trades, newest first. */
  readonly trades: readonly TradeView[];
}

/** One trade as the dashboard lists it. */
export interface TradeView {
  readonly time: number;
  readonly price: Big;
  readonly quantity: Big;
  /** Whether the taker sold (the buyer was the maker). */
  readonly sell: boolean;
}

/** Everything on screen. */
export interface DashboardView {
  readonly symbols: readonly SymbolView[];
  /** Per connection id, its latest state (`open`, `reconnecting in 1.2 s`, …). */
  readonly connections: ReadonlyMap<string, string>;
  readonly rateLimit: RateLimitSnapshot | undefined;
}

/** Trades listed per symbol. */
export const TRADES_SHOWN = 5;

/**
 * The dashboard's view model, built only from the public SDK: per symbol `@ticker`, the managed
 * order book and `@trade`, plus `events$` and `rateLimit$`. Emits on every change.
 *
 * @param spot - the client
 * @param symbols - the symbols shown
 * @returns the view
 */
export function dashboardView$(spot: SpotClient, symbols: readonly string[]): Observable<DashboardView> {
  const perSymbol = symbols.map((symbol) => symbolView$(spot, symbol));
  const connections$ = spot.events$.pipe(
    scan((states, event) => new Map(states).set(event.connectionId, describe(event)), new Map<string, string>()),
    startWith(new Map<string, string>()),
  );
  const rateLimit$ = spot.rateLimit$.pipe(startWith(undefined));
  return combineLatest([combineLatest(perSymbol), connections$, rateLimit$]).pipe(
    map(([views, connections, rateLimit]) => ({ symbols: views, connections, rateLimit })),
  );
}

function symbolView$(spot: SpotClient, symbol: string): Observable<SymbolView> {
  const empty: SymbolView = { symbol, last: undefined, changePercent: undefined, bestBid: undefined, bestAsk: undefined, spread: undefined, trades: [] };
  type Change = (view: SymbolView) => SymbolView;
  const ticker$ = spot.stream$(SubType.Ticker, symbol).pipe(map((t): Change => (v) => ({ ...v, last: t.close, changePercent: t.priceChangePercent })));
  const book$ = spot
    .stream$(SubType.OrderBook, symbol, { limit: 100 })
    .pipe(map((book): Change => (v) => ({ ...v, bestBid: book.bestBid, bestAsk: book.bestAsk, spread: book.spread })));
  const trade$ = spot.stream$(SubType.Trade, symbol).pipe(
    map((t): Change => (v) => ({
      ...v,
      last: t.price,
      trades: [{ time: t.tradeTime, price: t.price, quantity: t.quantity, sell: t.isBuyerMaker }, ...v.trades].slice(0, TRADES_SHOWN),
    })),
  );
  return merge(ticker$, book$, trade$).pipe(
    scan((view, change) => change(view), empty),
    startWith(empty),
  );
}

function describe(event: ConnectionEvent): string {
  switch (event.type) {
    case 'reconnectScheduled':
      return `reconnecting in ${(event.delayMs / 1000).toFixed(1)} s`;
    case 'closed':
      return `closed (${event.code})`;
    case 'rateLimited':
      return `rate limited, ${Math.ceil((event.retryAfterMs ?? 0) / 1000)} s`;
    case 'decodeError':
    case 'orderBookResync':
    case 'userStreamGap':
    case 'userStreamSubscribed':
      // not a connection state: the connection goes on
      return 'open';
    default:
      return event.type;
  }
}
