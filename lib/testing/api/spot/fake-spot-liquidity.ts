import type Big from 'big.js';
import type { FakeOrderSide } from './fake-spot-order.js';

/**
 * What the fake's matching engine trades against for one symbol: the market's order book and
 * last price, read fresh on each call.
 *
 * @remarks
 * The book is the rest of the market; the accounts' own resting orders are not in it, so two
 * accounts of the fake never trade with each other, only with the book.
 *
 * @internal
 */
export interface FakeSpotLiquidity {
  /** The symbol. */
  readonly symbol: string;
  /** The last trade price: stop and take-profit triggers compare with it. */
  readonly last: Big;
  /** `LOT_SIZE.stepSize`: a MARKET order by quote quantity buys or sells multiples of it. */
  readonly stepSize: Big;
  /**
   * The levels an order on `side` trades against, best first: asks for a BUY, bids for a SELL.
   *
   * @param side - the taker's side
   * @param depth - how many levels at most
   */
  against(side: FakeOrderSide, depth: number): readonly FakeSpotLevel[];
  /** The best price of the book's own side for `side` (best bid for a BUY), if any. */
  bestOwn(side: FakeOrderSide): Big | undefined;
  /**
   * Takes traded quantity out of the book and records the trades in the market's history; the
   * last trade's price becomes the last price.
   *
   * @param side - the side of the order that traded with the book (a BUY takes from the asks)
   * @param takes - level by level, best first
   * @param time - the trades' time
   * @param resting - whether that order was resting (the maker; the book's side was the taker)
   */
  take(side: FakeOrderSide, takes: readonly FakeSpotTake[], time: number, resting?: boolean): void;
}

/** One book level: its price and quantity (`undefined`: as much as anyone wants). @internal */
export interface FakeSpotLevel {
  readonly price: Big;
  readonly qty: Big | undefined;
}

/** Quantity taken from one level, and the price it traded at (the maker's). @internal */
export interface FakeSpotTake {
  /** The level's price. */
  readonly level: Big;
  /** The trade price: the level's for a taking order, the resting order's when it is the maker. */
  readonly price: Big;
  readonly qty: Big;
}

/**
 * The market of a {@link FakeSpotAccount} that belongs to no exchange: any quantity at one
 * price, both ways; taking leaves it as it is.
 *
 * @param symbol - the symbol
 * @param last - the price
 * @param stepSize - the lot step
 * @returns the liquidity
 *
 * @internal
 */
export function onePriceLiquidity(symbol: string, last: Big, stepSize: Big): FakeSpotLiquidity {
  const level: readonly FakeSpotLevel[] = [{ price: last, qty: undefined }];
  return {
    symbol,
    last,
    stepSize,
    against: () => level,
    bestOwn: () => last,
    take: () => undefined,
  };
}
