import { generatedBook, MAX_BOOK_LEVELS, type FakeSpotBook } from './fake-spot-market-book.js';
import type { FakeSpotSymbolState } from './fake-spot-market-state.js';

/**
 * The order book a symbol serves, best levels first: its live book if one is attached, else the
 * one a test set (or orders took from), else one generated around the last price. A generated
 * book is kept on the state and rebuilt only when the last price or update id moved, or when a
 * deeper one is asked for.
 *
 * @param state - the symbol's state; its generated-book cache may change
 * @param seed - the market's seed
 * @param limit - levels per side, clamped to 0 to {@link MAX_BOOK_LEVELS}
 * @returns the book, wire form
 * @throws {@link RangeError} if no book can be made (never for a consistent state)
 *
 * @internal
 */
export function servedBook(state: FakeSpotSymbolState, seed: number, limit: number): FakeSpotBook {
  const depth = Math.max(0, Math.min(limit, MAX_BOOK_LEVELS));
  if (state.live !== undefined) return state.live.served(depth);
  const key = `${state.lastUpdateId}@${state.lastPrice.toFixed()}`;
  if (state.explicitBook === undefined && (state.generated?.key !== key || state.generated.depth < depth)) {
    // at least 100 levels, so the usual depth requests share one build
    const built = Math.max(depth, 100);
    state.generated = { key, depth: built, book: generatedBook(state.def, seed, state.lastPrice, state.lastUpdateId, built) };
  }
  const book = state.explicitBook ?? state.generated?.book;
  if (book === undefined) throw new RangeError(`no book for ${state.def.symbol}`);
  return { lastUpdateId: book.lastUpdateId, bids: book.bids.slice(0, depth), asks: book.asks.slice(0, depth) };
}
