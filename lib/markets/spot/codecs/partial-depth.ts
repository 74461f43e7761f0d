import * as t from 'io-ts';
import { mapCodec } from '../../../codecs/map-codec.js';
import { PriceLevels, type PriceLevel } from '../../../codecs/price-level.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * The payload of a spot `<symbol>@depth<levels>[@100ms]` stream: the top 5, 10 or 20 levels
 * of each side, best first.
 *
 * @remarks Spot partial depth carries no `e`, `E` or `s`; {@link partialDepthFor} adds the
 * symbol the stream was subscribed for.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#partial-book-depth-streams
 *
 * @example
 * ```ts
 * PartialDepthPayload.decode({ lastUpdateId: 160, bids: [['0.0024', '10']], asks: [] });
 * ```
 */
export const PartialDepthPayload = wireStruct('PartialDepthPayload', {
  lastUpdateId: ['lastUpdateId', t.number],
  bids: ['bids', PriceLevels],
  asks: ['asks', PriceLevels],
});
/** A decoded partial-depth payload, without its symbol. */
export type PartialDepthPayload = t.TypeOf<typeof PartialDepthPayload>;
/** The wire form of a spot partial-depth payload. */
export type PartialDepthWire = t.OutputOf<typeof PartialDepthPayload>;

/** A decoded spot partial book: the top levels of `symbol`, best first. */
export type PartialDepth = {
  readonly symbol: string;
  readonly lastUpdateId: number;
  readonly bids: readonly PriceLevel[];
  readonly asks: readonly PriceLevel[];
};

/**
 * The codec of one symbol's `@depth<levels>` stream: decodes the payload and adds `symbol`,
 * which only the stream name carries; encoding drops it again.
 *
 * @param symbol - the symbol as it should appear in the decoded value (uppercase, `'BNBBTC'`)
 * @returns a codec named `PartialDepth`: wire payload → {@link PartialDepth}
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#partial-book-depth-streams
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.PartialOrderBook, 'BNBUSDT', 20, 100)
 *   .subscribe((d) => console.log(d.symbol, d.bids[0]));
 * // Right({ symbol: 'BNBUSDT', lastUpdateId: 160, bids: [], asks: [] })
 * partialDepthFor('BNBUSDT').decode({ lastUpdateId: 160, bids: [], asks: [] });
 * ```
 */
export function partialDepthFor(symbol: string): t.Type<PartialDepth, PartialDepthWire, unknown> {
  return mapCodec('PartialDepth', PartialDepthPayload, {
    is: isPartialDepth,
    decode: (payload) => ({ symbol, ...payload }),
    encode: ({ lastUpdateId, bids, asks }) => ({ lastUpdateId, bids, asks }),
  });
}

function isPartialDepth(u: unknown): u is PartialDepth {
  return PartialDepthPayload.is(u) && 'symbol' in u && typeof u.symbol === 'string';
}
