import * as t from 'io-ts';
import { PriceLevels } from '../../../codecs/price-level.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * A spot `<symbol>@depth` / `<symbol>@depth@100ms` event: the levels that changed between
 * `firstUpdateId` and `finalUpdateId`; a zero quantity removes the level.
 *
 * @remarks Spot diffs have no `pu`: continuity is `firstUpdateId` = previous
 * `finalUpdateId` + 1 (`spot-streams.md` §5).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#diff-depth-stream
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.DiffDepth, 'BTCUSDT')
 *   .subscribe((d) => console.log(d.finalUpdateId));
 * ```
 */
export const DiffDepth = wireStruct(
  'DiffDepth',
  {
    eventTime: ['E', t.number],
    symbol: ['s', t.string],
    firstUpdateId: ['U', t.number],
    finalUpdateId: ['u', t.number],
    bids: ['b', PriceLevels],
    asks: ['a', PriceLevels],
  },
  { e: 'depthUpdate' },
);
/** A decoded spot diff-depth event. */
export type DiffDepth = t.TypeOf<typeof DiffDepth>;
/** The wire form of a spot diff-depth event. */
export type DiffDepthWire = t.OutputOf<typeof DiffDepth>;
