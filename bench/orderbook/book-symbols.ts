import type { FakeSpotSymbolDefinition } from '../../lib/testing/index.js';
import { BENCH_SYMBOLS } from '../support/trade-payloads.js';

/**
 * The 100 bench symbols listed on the fake, so each can have a live order book: one shape for
 * all (price 100 on a 0.01 tick), which is all a throughput figure needs.
 */
export const BOOK_BENCH_SYMBOLS: readonly FakeSpotSymbolDefinition[] = BENCH_SYMBOLS.map((symbol) => ({
  symbol,
  baseAsset: symbol.replace(/USDT$/, ''),
  quoteAsset: 'USDT',
  price: '100.00',
  tickSize: '0.01',
  stepSize: '0.001',
  typicalQty: '2',
  minNotional: '5',
}));
