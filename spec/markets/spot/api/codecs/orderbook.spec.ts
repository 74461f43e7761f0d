import Big from 'big.js';
import { Orderbook } from '../../../../../lib/markets/spot/api/codecs/orderbook';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Order book" example (see market-examples.ts).
const EXAMPLE = MARKET_EXAMPLES.getOrderbook;

describe('Orderbook', () => {
  it('default: decodes the official example into price levels, order kept', () => {
    const book = decodeRight(Orderbook, EXAMPLE);
    expect(book.lastUpdateId).toBe(2731179239);
    expect(book.bids).toHaveLength(5);
    expect(book.bids[0]).toEqual({ price: new Big('0.013799'), quantity: new Big('3.432') });
    expect(book.asks[4]).toEqual({ price: new Big('0.013804'), quantity: new Big('0.268') });
  });

  it('error: rejects a number where a level has a decimal string', () => {
    const bad = { ...EXAMPLE, asks: [['0.01380000', 5.917]] };
    expect(rejection(Orderbook, bad)).toEqual(['Invalid value 5.917 supplied to : Orderbook/asks: PriceLevels/0: PriceLevel/1: BigFromString']);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const book = decodeRight(Orderbook, EXAMPLE);
    expect(decodeRight(Orderbook, Orderbook.encode(book))).toEqual(book);
  });
});
