import type Big from 'big.js';
import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';

/** A decoded kline (candlestick) bar of `klines` / `uiKlines`. */
export interface KlineBar {
  readonly openTime: number;
  readonly open: Big;
  readonly high: Big;
  readonly low: Big;
  readonly close: Big;
  readonly volume: Big;
  readonly closeTime: number;
  readonly quoteVolume: Big;
  readonly tradeCount: number;
  readonly takerBuyVolume: Big;
  readonly takerBuyQuoteVolume: Big;
}

/** The wire form of a kline bar: Binance's 12-element array (the last element is ignored). */
export type KlineBarWire = readonly [
  openTime: number,
  open: string,
  high: string,
  low: string,
  close: string,
  volume: string,
  closeTime: number,
  quoteVolume: string,
  tradeCount: number,
  takerBuyVolume: string,
  takerBuyQuoteVolume: string,
  ignore: unknown,
];

// The field at each array index (spot-ws-api.md §6.2: openTime, open, high, low, close, volume,
// closeTime, quoteVolume, numberOfTrades, takerBuyBaseVolume, takerBuyQuoteVolume, "0").
const COLUMNS = [
  ['openTime', t.number],
  ['open', BigFromString],
  ['high', BigFromString],
  ['low', BigFromString],
  ['close', BigFromString],
  ['volume', BigFromString],
  ['closeTime', t.number],
  ['quoteVolume', BigFromString],
  ['tradeCount', t.number],
  ['takerBuyVolume', BigFromString],
  ['takerBuyQuoteVolume', BigFromString],
] as const satisfies readonly (readonly [keyof KlineBar, t.Mixed])[];

/**
 * One bar of `klines` / `GET /api/v3/klines` and `uiKlines` / `GET /api/v3/uiKlines`: Binance's
 * 12-element array read into named fields (named like the kline stream's).
 *
 * @remarks The 12th element is documented as unused and is accepted whatever it holds (or
 * when absent); encoding writes Binance's `"0"` there. A rejection names the array index
 * (e.g. `1` for the open price).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#klines
 *
 * @example
 * ```ts
 * import { SpotClient, TimeFrame } from 'binance-rx';
 * new SpotClient()
 *   .getKlines({ symbol: 'BTCUSDT', interval: TimeFrame.H1, limit: 24 })
 *   .subscribe((bars) => console.log(bars.map((b) => b.close.toFixed())));
 * ```
 */
export const KlineBar = new t.Type<KlineBar, KlineBarWire, unknown>(
  'KlineBar',
  isKlineBar,
  (u, c) => {
    if (!Array.isArray(u)) return t.failure(u, c);
    const row: readonly unknown[] = u;
    const bar: Record<string, unknown> = {};
    const errors: t.ValidationError[] = [];
    COLUMNS.forEach(([key, codec], i) => {
      const result = codec.validate(row[i], t.appendContext(c, String(i), codec, row[i]));
      if (result._tag === 'Left') errors.push(...result.left);
      else bar[key] = result.right;
    });
    // every column passed its codec, so the record has exactly KlineBar's fields
    return errors.length > 0 ? t.failures(errors) : t.success(bar as unknown as KlineBar);
  },
  (b): KlineBarWire => [
    b.openTime,
    b.open.toFixed(),
    b.high.toFixed(),
    b.low.toFixed(),
    b.close.toFixed(),
    b.volume.toFixed(),
    b.closeTime,
    b.quoteVolume.toFixed(),
    b.tradeCount,
    b.takerBuyVolume.toFixed(),
    b.takerBuyQuoteVolume.toFixed(),
    '0',
  ],
);

function isKlineBar(u: unknown): u is KlineBar {
  if (typeof u !== 'object' || u === null) return false;
  const bar = u as Record<string, unknown>;
  return COLUMNS.every(([key, codec]) => codec.is(bar[key]));
}
