import type { TimeFrameLike } from '../../../time-frame.js';
import type { SymbolStatusFilter } from './general-params.js';

// Params of the Spot market-data requests except the tickers (spot-ws-api.md §6.2; tickers are
// in ticker-params.ts). Times are epoch ms (or µs); no param of this group is a decimal.

/**
 * The params of `depth`: `limit` levels per side (default 100, max 5000; the weight grows
 * with it: 1–100 → 5, 101–500 → 25, 501–1000 → 50, 1001–5000 → 250).
 *
 * @example
 * ```ts
 * const params: OrderbookParams = { symbol: 'BTCUSDT', limit: 1000 };
 * ```
 */
export interface OrderbookParams {
  readonly symbol: string;
  readonly limit?: number;
  /** Fail with `-1220` unless the symbol has this status. */
  readonly symbolStatus?: SymbolStatusFilter;
}

/**
 * The params of `trades.recent`: the latest `limit` trades (default 500, max 1000).
 *
 * @example
 * ```ts
 * const params: RecentTradesParams = { symbol: 'BTCUSDT', limit: 10 };
 * ```
 */
export interface RecentTradesParams {
  readonly symbol: string;
  readonly limit?: number;
}

/**
 * The params of `trades.historical`: trades from trade id `fromId` (the most recent without
 * it), `limit` default 500, max 1000.
 *
 * @example
 * ```ts
 * const params: HistoricalTradesParams = { symbol: 'BNBBTC', fromId: 0, limit: 1 };
 * ```
 */
export interface HistoricalTradesParams {
  readonly symbol: string;
  readonly fromId?: number;
  readonly limit?: number;
}

/**
 * The params of `blockTrades.historical` (added 2026-05-06): block trades from block trade id
 * `fromId` (mandatory), `limit` default 500, max 1000.
 *
 * @example
 * ```ts
 * const params: HistoricalBlockTradesParams = { symbol: 'BNBBTC', fromId: 582 };
 * ```
 */
export interface HistoricalBlockTradesParams {
  readonly symbol: string;
  readonly fromId: number;
  readonly limit?: number;
}

/**
 * The params of `trades.aggregate`: from aggregate trade id `fromId`, or within
 * `startTime`/`endTime` (Binance refuses both together), `limit` default 500, max 1000.
 *
 * @example
 * ```ts
 * const params: AggregateTradesParams = { symbol: 'BNBBTC', startTime: 1565877971000, limit: 100 };
 * ```
 */
export type AggregateTradesParams = {
  readonly symbol: string;
  readonly limit?: number;
} & (
  | { readonly fromId?: number; readonly startTime?: never; readonly endTime?: never }
  | { readonly startTime?: number; readonly endTime?: number; readonly fromId?: never }
);

/**
 * The params of `klines` and `uiKlines`: bars of `interval`, the most recent without
 * `startTime`/`endTime`, `limit` default 500, max 1000.
 *
 * @remarks `timeZone` (default `'0'`, UTC) shifts the bar boundaries: hours (`'8'`, `'-1'`)
 * or hours and minutes (`'05:45'`, `'-1:00'`), within [-12:00, +14:00]. `startTime` and
 * `endTime` are UTC whatever it is.
 *
 * @example
 * ```ts
 * import { TimeFrame } from 'binance-rx';
 * const params: KlinesParams = { symbol: 'BTCUSDT', interval: TimeFrame.H1, timeZone: '8', limit: 24 };
 * ```
 */
export interface KlinesParams {
  readonly symbol: string;
  readonly interval: TimeFrameLike;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly timeZone?: string;
  readonly limit?: number;
}

/**
 * The params of `avgPrice`.
 *
 * @example
 * ```ts
 * const params: AveragePriceParams = { symbol: 'BNBBTC' };
 * ```
 */
export interface AveragePriceParams {
  readonly symbol: string;
}

/**
 * The params of `referencePrice`.
 *
 * @example
 * ```ts
 * const params: ReferencePriceParams = { symbol: 'BAZUSD' };
 * ```
 */
export interface ReferencePriceParams {
  readonly symbol: string;
}

/**
 * The params of `referencePrice.calculation`.
 *
 * @example
 * ```ts
 * const params: ReferencePriceCalculationParams = { symbol: 'BAZUSD', symbolStatus: 'TRADING' };
 * ```
 */
export interface ReferencePriceCalculationParams {
  readonly symbol: string;
  readonly symbolStatus?: SymbolStatusFilter;
}
