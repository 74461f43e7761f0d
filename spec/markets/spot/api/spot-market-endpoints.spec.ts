import type Big from 'big.js';
import type { ParamsOf, ResultOf } from '../../../../lib/requests/endpoint';
import { SecurityType } from '../../../../lib/requests/security-type';
import { SPOT_MARKET_ENDPOINTS } from '../../../../lib/markets/spot/api/spot-market-endpoints';
import type { Ticker24hr } from '../../../../lib/markets/spot/api/codecs/ticker-24hr';
import { decodeRight } from '../../../support/codec-helpers';
import { MARKET_EXAMPLES } from './market-examples';

// SDK method ← WS-API method ← REST twin, per the task brief and spec/spot-ws-api.md §6.1–6.2,
// spec/rest.md §7. Ticker methods have a one-symbol and a several-symbol (and MINI) entry on
// the same wire method.
const WIRE: Record<keyof typeof SPOT_MARKET_ENDPOINTS, readonly [string, string]> = {
  ping: ['ping', '/api/v3/ping'],
  getServerTime: ['time', '/api/v3/time'],
  getExchangeInfo: ['exchangeInfo', '/api/v3/exchangeInfo'],
  getExecutionRules: ['executionRules', '/api/v3/executionRules'],
  getOrderbook: ['depth', '/api/v3/depth'],
  getRecentTrades: ['trades.recent', '/api/v3/trades'],
  getHistoricalTrades: ['trades.historical', '/api/v3/historicalTrades'],
  getHistoricalBlockTrades: ['blockTrades.historical', '/api/v3/historicalBlockTrades'],
  getAggregateTrades: ['trades.aggregate', '/api/v3/aggTrades'],
  getKlines: ['klines', '/api/v3/klines'],
  getUiKlines: ['uiKlines', '/api/v3/uiKlines'],
  getAveragePrice: ['avgPrice', '/api/v3/avgPrice'],
  getTicker: ['ticker.24hr', '/api/v3/ticker/24hr'],
  getTickers: ['ticker.24hr', '/api/v3/ticker/24hr'],
  getMiniTicker: ['ticker.24hr', '/api/v3/ticker/24hr'],
  getMiniTickers: ['ticker.24hr', '/api/v3/ticker/24hr'],
  getTradingDayTicker: ['ticker.tradingDay', '/api/v3/ticker/tradingDay'],
  getTradingDayTickers: ['ticker.tradingDay', '/api/v3/ticker/tradingDay'],
  getTradingDayMiniTicker: ['ticker.tradingDay', '/api/v3/ticker/tradingDay'],
  getTradingDayMiniTickers: ['ticker.tradingDay', '/api/v3/ticker/tradingDay'],
  getRollingWindowTicker: ['ticker', '/api/v3/ticker'],
  getRollingWindowTickers: ['ticker', '/api/v3/ticker'],
  getRollingWindowMiniTicker: ['ticker', '/api/v3/ticker'],
  getRollingWindowMiniTickers: ['ticker', '/api/v3/ticker'],
  getTickerPrice: ['ticker.price', '/api/v3/ticker/price'],
  getTickerPrices: ['ticker.price', '/api/v3/ticker/price'],
  getOrderbookTicker: ['ticker.book', '/api/v3/ticker/bookTicker'],
  getOrderbookTickers: ['ticker.book', '/api/v3/ticker/bookTicker'],
  getReferencePrice: ['referencePrice', '/api/v3/referencePrice'],
  getReferencePriceCalculation: ['referencePrice.calculation', '/api/v3/referencePrice/calculation'],
};

const entries = Object.entries(SPOT_MARKET_ENDPOINTS) as [keyof typeof SPOT_MARKET_ENDPOINTS, (typeof SPOT_MARKET_ENDPOINTS)[keyof typeof SPOT_MARKET_ENDPOINTS]][];

describe('SPOT_MARKET_ENDPOINTS', () => {
  it('default: has exactly the listed SDK methods', () => {
    expect(Object.keys(SPOT_MARKET_ENDPOINTS).sort()).toEqual(Object.keys(WIRE).sort());
  });

  it.each(entries)('default: %s has its WS-API method and REST twin', (name, def) => {
    const [wsApi, path] = WIRE[name];
    expect(def.wsApi).toBe(wsApi);
    expect(def.rest).toEqual(['GET', path]);
  });

  it.each(entries)('default: %s is a public read without decimal params', (_name, def) => {
    expect(def.security).toBe(SecurityType.None);
    expect(def.ordersEffect).toBe(false);
    expect(def.decimals).toEqual([]);
  });

  it.each(entries)("default: %s decodes Binance's example result", (name, def) => {
    expect(def.result.decode(MARKET_EXAMPLES[name])._tag).toBe('Right');
  });

  it('behavior: a one-symbol ticker entry rejects the array form and the several-symbol entry the object', () => {
    expect(SPOT_MARKET_ENDPOINTS.getTicker.result.decode(MARKET_EXAMPLES.getTickers)._tag).toBe('Left');
    expect(SPOT_MARKET_ENDPOINTS.getTickers.result.decode(MARKET_EXAMPLES.getTicker)._tag).toBe('Left');
    expect(SPOT_MARKET_ENDPOINTS.getTickerPrices.result.decode(MARKET_EXAMPLES.getTickerPrice)._tag).toBe('Left');
  });

  it('behavior: a FULL ticker entry rejects a MINI result', () => {
    expect(SPOT_MARKET_ENDPOINTS.getTicker.result.decode(MARKET_EXAMPLES.getMiniTicker)._tag).toBe('Left');
  });

  it('behavior: result and params types follow from the entry', () => {
    const tickers: ResultOf<typeof SPOT_MARKET_ENDPOINTS.getTickers> = decodeRight(
      SPOT_MARKET_ENDPOINTS.getTickers.result,
      MARKET_EXAMPLES.getTickers,
    );
    const first: Ticker24hr | undefined = tickers[0];
    const bidQuantity: Big | undefined = first?.bidQuantity;
    expect(bidQuantity?.toFixed()).toBe('4.646');
    const params: ParamsOf<typeof SPOT_MARKET_ENDPOINTS.getKlines> = { symbol: 'BTCUSDT', interval: '1h' };
    expect(params.interval).toBe('1h');
  });
});
