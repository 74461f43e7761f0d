// Checked by `tsc --noEmit` (npm run typecheck), never run: each @ts-expect-error must be an error.
import type Big from 'big.js';
import type { Observable } from 'rxjs';
import { SpotClient, SubType, TimeFrame, type Kline, type PartialDepth, type Ticker } from '../../lib/index.js';

declare const spot: SpotClient;

export const ticker: Observable<Ticker> = spot.stream$(SubType.Ticker, 'BTCUSDT');
export const close: Observable<Big> = spot.stream$(SubType.Kline, 'BTCUSDT', TimeFrame.M1) as Observable<Kline> as never;
export const klineFromString = spot.stream$(SubType.Kline, 'BTCUSDT', '1m');
export const depth: Observable<PartialDepth> = spot.stream$(SubType.PartialOrderBook, 'BNBUSDT', 20, 100);
export const allMini = spot.stream$(SubType.AllMarketMiniTickers);
export const windows = spot.stream$(SubType.AllMarketWindowTickers, '4h');

// @ts-expect-error a symbol is required
spot.stream$(SubType.Ticker);
// @ts-expect-error depth levels are 5, 10 or 20
spot.stream$(SubType.PartialOrderBook, 'BNBUSDT', 7);
// @ts-expect-error spot depth speeds are 1000 or 100
spot.stream$(SubType.DiffDepth, 'BNBUSDT', 250);
// @ts-expect-error '2m' is not an interval
spot.stream$(SubType.Kline, 'BTCUSDT', '2m');
// @ts-expect-error windows are 1h, 4h, 1d
spot.stream$(SubType.WindowTicker, 'BTCUSDT', '2h');
// @ts-expect-error all-market mini tickers take no symbol
spot.stream$(SubType.AllMarketMiniTickers, 'BTCUSDT');
// @ts-expect-error the value type follows the SubType
export const wrong: Observable<Ticker> = spot.stream$(SubType.Trade, 'BTCUSDT');
