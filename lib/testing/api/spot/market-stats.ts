import Big from 'big.js';
import type { FakeSpotTrade } from './fake-spot-market-history.js';

/** Open, high, low, close, volumes and ids of a run of trades, exact. @internal */
export interface TradeSummary {
  readonly open: Big;
  readonly high: Big;
  readonly low: Big;
  readonly close: Big;
  /** Base-asset volume. */
  readonly volume: Big;
  /** Quote-asset volume: the sum of price × quantity. */
  readonly quoteVolume: Big;
  /** Base volume of trades whose taker bought (the buyer was not the maker). */
  readonly takerBuyVolume: Big;
  readonly takerBuyQuoteVolume: Big;
  readonly firstId: number;
  readonly lastId: number;
  readonly count: number;
}

/**
 * Summarises trades the way klines and tickers report them, with `Big` sums (no floats).
 *
 * @param trades - trades in time order
 * @returns the summary, or `undefined` for no trades
 *
 * @internal
 */
export function summarize(trades: readonly FakeSpotTrade[]): TradeSummary | undefined {
  const first = trades[0];
  const last = trades.at(-1);
  if (first === undefined || last === undefined) return undefined;
  let high = first.price;
  let low = first.price;
  let volume = new Big(0);
  let quoteVolume = new Big(0);
  let takerBuyVolume = new Big(0);
  let takerBuyQuoteVolume = new Big(0);
  for (const trade of trades) {
    if (trade.price.gt(high)) high = trade.price;
    if (trade.price.lt(low)) low = trade.price;
    const quote = trade.price.times(trade.qty);
    volume = volume.plus(trade.qty);
    quoteVolume = quoteVolume.plus(quote);
    if (!trade.isBuyerMaker) {
      takerBuyVolume = takerBuyVolume.plus(trade.qty);
      takerBuyQuoteVolume = takerBuyQuoteVolume.plus(quote);
    }
  }
  return {
    open: first.price,
    high,
    low,
    close: last.price,
    volume,
    quoteVolume,
    takerBuyVolume,
    takerBuyQuoteVolume,
    firstId: first.id,
    lastId: last.id,
    count: trades.length,
  };
}
