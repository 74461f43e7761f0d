import type { BookLevel } from './book-level.js';
import type { BookSide } from './book-side.js';
import type { BookState } from './book-state.js';
import type { DepthUpdate } from './depth-update.js';

/**
 * Applies one diff-depth event to a book (`spec/spot-streams.md` §5, update procedure steps 3–4):
 * each level is set to its quantity, a zero quantity removes it (absent levels included), and
 * the book's update id becomes the event's `u`.
 *
 * @remarks Pure: `book` is not changed; the result shares every untouched part of it. Whether
 * the event may be applied at all (sequencing) is decided before, by a `BookSequencing`.
 *
 * @param book - the book before the event
 * @param update - the event
 * @returns the book after it
 *
 * @internal
 */
export function applyDepthUpdate(book: BookState, update: DepthUpdate): BookState {
  return {
    lastUpdateId: update.finalUpdateId,
    eventTime: update.eventTime,
    bids: applyLevels(book.bids, update.bids),
    asks: applyLevels(book.asks, update.asks),
  };
}

function applyLevels(side: BookSide, levels: readonly BookLevel[]): BookSide {
  if (levels.length === 0) return side;
  const writer = side.writer();
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] as BookLevel;
    if (level.removes) writer.remove(level);
    else writer.set(level);
  }
  return writer.finish();
}
