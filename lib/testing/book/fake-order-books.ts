import type { FakeSpotMarket } from '../api/spot/fake-spot-market.js';
import { FakeOrderBook } from './fake-order-book.js';

/**
 * The live order books of a fake exchange, one per symbol, made on first use.
 *
 * @internal
 */
export class FakeOrderBooks {
  readonly #books = new Map<string, FakeOrderBook>();
  readonly #market: FakeSpotMarket;
  readonly #publishRaw: (stream: string, dataJson: string) => number;

  /**
   * @param market - the spot market whose `depth` answers the books take over
   * @param publishRaw - publishes a JSON text on a stream name
   */
  constructor(market: FakeSpotMarket, publishRaw: (stream: string, dataJson: string) => number) {
    this.#market = market;
    this.#publishRaw = publishRaw;
  }

  /**
   * The live book of a symbol; the same instance on every call.
   *
   * @param symbol - a listed symbol, e.g. `'BTCUSDT'`
   * @returns its book
   * @throws {@link RangeError} if the symbol is not listed
   */
  of(symbol: string): FakeOrderBook {
    let book = this.#books.get(symbol);
    if (book === undefined) {
      book = new FakeOrderBook(this.#market, symbol, this.#publishRaw);
      this.#books.set(symbol, book);
    }
    return book;
  }
}
