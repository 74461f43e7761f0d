import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';

/**
 * A spot `<symbol>@blockTrade` event: one block trade, as it happened.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#block-trade-streams
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient()
 *   .stream$(SubType.BlockTrade, 'BNBBTC')
 *   .subscribe((b) => console.log(b.price.toFixed()));
 * ```
 */
export const BlockTrade = wireStruct(
  'BlockTrade',
  {
    eventTime: ['E', t.number],
    symbol: ['s', t.string],
    blockTradeId: ['t', t.number],
    price: ['p', BigFromString],
    quantity: ['q', BigFromString],
    tradeTime: ['T', t.number],
    isBuyerMaker: ['m', t.boolean],
  },
  { e: 'blockTrade' },
);
/** A decoded spot block trade. */
export type BlockTrade = t.TypeOf<typeof BlockTrade>;
/** The wire form of a spot block trade. */
export type BlockTradeWire = t.OutputOf<typeof BlockTrade>;
