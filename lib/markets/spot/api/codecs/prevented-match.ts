import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * An order expired by self-trade prevention, as `getPreventedMatches` (`myPreventedMatches`)
 * answers (`spec/spot-ws-api.md` §6.5).
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests#account-prevented-matches-user_data
 *
 * @example
 * ```ts
 * spot.getPreventedMatches({ symbol: 'BTCUSDT', orderId: 35 }).subscribe((m) => console.log(m.length));
 * ```
 */
export const PreventedMatch = wireStruct('PreventedMatch', {
  symbol: ['symbol', t.string],
  preventedMatchId: ['preventedMatchId', t.number],
  takerOrderId: ['takerOrderId', t.number],
  makerSymbol: ['makerSymbol', t.string],
  makerOrderId: ['makerOrderId', t.number],
  tradeGroupId: ['tradeGroupId', t.number],
  selfTradePreventionMode: ['selfTradePreventionMode', t.string],
  price: ['price', BigFromString],
  makerPreventedQuantity: ['makerPreventedQuantity', BigFromString],
  transactTime: ['transactTime', t.number],
});
/** A decoded prevented match. */
export type PreventedMatch = t.TypeOf<typeof PreventedMatch>;
/** The wire form of a prevented match. */
export type PreventedMatchWire = t.OutputOf<typeof PreventedMatch>;
