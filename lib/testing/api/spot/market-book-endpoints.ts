import Big from 'big.js';
import type { FakeEndpoint } from '../fake-api-types.js';
import type { FakeSpotMarket } from './fake-spot-market.js';
import { MAX_BOOK_LEVELS } from './fake-spot-market-book.js';
import { wire8, ZERO_8 } from './market-decimal.js';
import { marketEndpoint } from './market-endpoint.js';
import { perSymbol, readLimit, readSymbol, readSymbolStatus, selectedSymbols } from './market-params.js';
import { summarize } from './market-stats.js';
import { depthWeight, priceTickerWeight } from './market-weights.js';

type Params = Readonly<Record<string, unknown>>;

/** `avgPrice`'s window: Binance reports a 5-minute average (`"mins": 5`). */
const AVG_PRICE_MINS = 5;

function depth(params: Params, market: FakeSpotMarket): unknown {
  const symbol = readSymbol(params, market);
  const limit = readLimit(params, 100, MAX_BOOK_LEVELS);
  selectedSymbols({ kind: 'one', symbol }, market, readSymbolStatus(params));
  const book = market.book(symbol, limit);
  return { lastUpdateId: book.lastUpdateId, bids: book.bids.map((l) => [...l]), asks: book.asks.map((l) => [...l]) };
}

function bookTicker(market: FakeSpotMarket, symbol: string): unknown {
  const book = market.book(symbol, 1);
  const [bid, ask] = [book.bids[0], book.asks[0]];
  return {
    symbol,
    bidPrice: bid?.[0] ?? ZERO_8,
    bidQty: bid?.[1] ?? ZERO_8,
    askPrice: ask?.[0] ?? ZERO_8,
    askQty: ask?.[1] ?? ZERO_8,
  };
}

/**
 * The volume-weighted price of the last 5 minutes' trades (the last price if there were
 * none) and the time of the last trade.
 */
function avgPrice(params: Params, market: FakeSpotMarket, now: number): unknown {
  const symbol = readSymbol(params, market);
  const log = market.tradeLog(symbol, now);
  const summary = summarize(log.between(now - AVG_PRICE_MINS * 60_000, now));
  const price = summary === undefined || summary.volume.eq(0) ? new Big(market.lastPrice(symbol)) : summary.quoteVolume.div(summary.volume);
  return { mins: AVG_PRICE_MINS, price: wire8(price), closeTime: log.lastUpTo(now)?.time ?? now };
}

/**
 * The order-book and price methods (`spec/spot-ws-api.md` §6.2): `depth`, `ticker.price`,
 * `ticker.book` and `avgPrice`.
 *
 * @internal
 */
export const MARKET_BOOK_ENDPOINTS: readonly FakeEndpoint[] = [
  marketEndpoint('depth', '/api/v3/depth', depthWeight, (request, market) => depth(request.params, market)),
  marketEndpoint('ticker.price', '/api/v3/ticker/price', priceTickerWeight, (request, market) =>
    perSymbol(request.params, market, false, (symbol) => ({ symbol, price: market.lastPrice(symbol) })),
  ),
  marketEndpoint('ticker.book', '/api/v3/ticker/bookTicker', priceTickerWeight, (request, market) =>
    perSymbol(request.params, market, false, (symbol) => bookTicker(market, symbol)),
  ),
  marketEndpoint('avgPrice', '/api/v3/avgPrice', 2, (request, market) => avgPrice(request.params, market, request.serverTime)),
];
