import type { SymbolStatusFilter } from './general-params.js';

// Params of the Spot ticker requests (spot-ws-api.md §6.2). Binance answers one object for
// `symbol` and an array for `symbols` (or none), and FULL or MINI objects by `type`; each
// combination has its own params type so the result type follows from the method.

/**
 * The params of `ticker.price` or `ticker.book` for one symbol (weight 2), and the base of the
 * other one-symbol ticker params.
 *
 * @example
 * ```ts
 * const params: SymbolTickerParams = { symbol: 'BNBBTC' };
 * ```
 */
export interface SymbolTickerParams {
  readonly symbol: string;
  /** With one symbol, a status mismatch is error `-1220`. */
  readonly symbolStatus?: SymbolStatusFilter;
}

/**
 * The params of `ticker.price` or `ticker.book` for several symbols, or all without `symbols`
 * (weight 4), and the base of the other several-symbol ticker params.
 *
 * @example
 * ```ts
 * const params: SymbolsTickerParams = { symbols: ['BNBBTC', 'BTCUSDT'] };
 * ```
 */
export interface SymbolsTickerParams {
  readonly symbols?: readonly string[];
  /** Non-matching symbols are left out of the array. */
  readonly symbolStatus?: SymbolStatusFilter;
}

/**
 * The params of `ticker.24hr` for one symbol, FULL (the default type).
 *
 * @example
 * ```ts
 * const params: TickerParams = { symbol: 'BNBBTC' };
 * ```
 */
export interface TickerParams extends SymbolTickerParams {
  readonly type?: 'FULL';
}

/**
 * The params of `ticker.24hr` for several symbols, or all without `symbols` (weight 2 for 1–20
 * symbols, 40 for 21–100, 80 above or for all), FULL.
 *
 * @example
 * ```ts
 * const params: TickersParams = { symbols: ['BNBBTC', 'BTCUSDT'] };
 * ```
 */
export interface TickersParams extends SymbolsTickerParams {
  readonly type?: 'FULL';
}

/**
 * The params of `ticker.24hr` for one symbol, MINI.
 *
 * @example
 * ```ts
 * const params: MiniTickerParams = { symbol: 'BNBBTC', type: 'MINI' };
 * ```
 */
export interface MiniTickerParams extends SymbolTickerParams {
  readonly type?: 'MINI';
}

/**
 * The params of `ticker.24hr` for several or all symbols, MINI.
 *
 * @example
 * ```ts
 * const params: MiniTickersParams = { type: 'MINI' };
 * ```
 */
export interface MiniTickersParams extends SymbolsTickerParams {
  readonly type?: 'MINI';
}

/**
 * The params of `ticker.tradingDay` for one symbol: `timeZone` as in `KlinesParams` (default
 * `'0'`), FULL unless `type: 'MINI'` (see {@link TradingDayMiniTickerParams}).
 *
 * @example
 * ```ts
 * const params: TradingDayTickerParams = { symbol: 'BTCUSDT', timeZone: '8' };
 * ```
 */
export interface TradingDayTickerParams extends SymbolTickerParams {
  readonly timeZone?: string;
  readonly type?: 'FULL';
}

/**
 * The params of `ticker.tradingDay` for several symbols (mandatory: Binance has no "all"
 * form; weight 4 per symbol, capped at 200), FULL.
 *
 * @example
 * ```ts
 * const params: TradingDayTickersParams = { symbols: ['BNBBTC', 'BTCUSDT'], timeZone: '00:00' };
 * ```
 */
export interface TradingDayTickersParams extends SymbolsTickerParams {
  readonly symbols: readonly string[];
  readonly timeZone?: string;
  readonly type?: 'FULL';
}

/** The params of `ticker.tradingDay` for one symbol, MINI. */
export interface TradingDayMiniTickerParams extends SymbolTickerParams {
  readonly timeZone?: string;
  readonly type?: 'MINI';
}

/** The params of `ticker.tradingDay` for several symbols, MINI. */
export interface TradingDayMiniTickersParams extends SymbolsTickerParams {
  readonly symbols: readonly string[];
  readonly timeZone?: string;
  readonly type?: 'MINI';
}

/**
 * A rolling window size: `1m`…`59m`, `1h`…`23h` or `1d`…`7d`; units cannot be combined.
 *
 * @example
 * ```ts
 * const size: RollingWindowSize = '4h';
 * ```
 */
export type RollingWindowSize = `${number}m` | `${number}h` | `${number}d`;

/**
 * The params of `ticker` (rolling window) for one symbol: `windowSize` default `1d`, FULL.
 *
 * @example
 * ```ts
 * const params: RollingWindowTickerParams = { symbol: 'BNBBTC', windowSize: '7d' };
 * ```
 */
export interface RollingWindowTickerParams extends SymbolTickerParams {
  readonly windowSize?: RollingWindowSize;
  readonly type?: 'FULL';
}

/**
 * The params of `ticker` for several symbols (mandatory, at most 200; weight 4 per symbol,
 * 200 from 51 symbols), FULL.
 *
 * @example
 * ```ts
 * const params: RollingWindowTickersParams = { symbols: ['BNBBTC', 'BTCUSDT'], windowSize: '1h' };
 * ```
 */
export interface RollingWindowTickersParams extends SymbolsTickerParams {
  readonly symbols: readonly string[];
  readonly windowSize?: RollingWindowSize;
  readonly type?: 'FULL';
}

/** The params of `ticker` for one symbol, MINI. */
export interface RollingWindowMiniTickerParams extends SymbolTickerParams {
  readonly windowSize?: RollingWindowSize;
  readonly type?: 'MINI';
}

/** The params of `ticker` for several symbols, MINI. */
export interface RollingWindowMiniTickersParams extends SymbolsTickerParams {
  readonly symbols: readonly string[];
  readonly windowSize?: RollingWindowSize;
  readonly type?: 'MINI';
}
