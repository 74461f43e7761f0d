import * as t from 'io-ts';
import type { BookState } from './book-state.js';
import { bookFromSnapshot } from './book-state.js';
import { levelsOf } from './depth-update.js';

/**
 * A depth snapshot (`{ lastUpdateId, bids, asks }`, spot WS-API `depth` / `GET /api/v3/depth`,
 * `spec/spot-streams.md` §5; futures snapshots carry more fields, ignored here) decoded straight
 * into a {@link BookState}.
 *
 * @internal
 */
export const DepthSnapshotBook: t.Decoder<unknown, BookState> = new t.Type<BookState, unknown, unknown>(
  'DepthSnapshot',
  (u): u is BookState => typeof u === 'object' && u !== null && 'bids' in u && 'asks' in u && 'lastUpdateId' in u,
  (u, c) => {
    if (typeof u !== 'object' || u === null) return t.failure(u, c, 'a depth snapshot must be an object');
    const { lastUpdateId, bids, asks } = u as Record<string, unknown>;
    if (typeof lastUpdateId !== 'number' || !Number.isSafeInteger(lastUpdateId)) return t.failure(lastUpdateId, t.appendContext(c, 'lastUpdateId', t.number, lastUpdateId), 'lastUpdateId must be an integer');
    const bidLevels = levelsOf(bids);
    if (typeof bidLevels === 'string') return t.failure(bids, t.appendContext(c, 'bids', t.unknown, bids), `bids${bidLevels}`);
    const askLevels = levelsOf(asks);
    if (typeof askLevels === 'string') return t.failure(asks, t.appendContext(c, 'asks', t.unknown, asks), `asks${askLevels}`);
    return t.success(bookFromSnapshot(lastUpdateId, bidLevels, askLevels));
  },
  () => {
    throw new Error('DepthSnapshot is decode-only');
  },
);
