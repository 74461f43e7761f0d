import Big from 'big.js';
import { OrderbookTicker } from '../../../../../lib/markets/spot/api/codecs/orderbook-ticker';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Symbol order book ticker" example (market-examples.ts).
const EXAMPLE = MARKET_EXAMPLES.getOrderbookTicker;

describe('OrderbookTicker', () => {
  it('default: decodes the official example, Qty keys named Quantity', () => {
    expect(decodeRight(OrderbookTicker, EXAMPLE)).toEqual({
      symbol: 'BNBBTC',
      bidPrice: new Big('0.01358'),
      bidQuantity: new Big('12.534'),
      askPrice: new Big('0.013581'),
      askQuantity: new Big('17.837'),
    });
  });

  it('error: rejects a number where the ask quantity is a decimal string', () => {
    expect(rejection(OrderbookTicker, { ...EXAMPLE, askQty: 17.837 })).toEqual(['Invalid value 17.837 supplied to : OrderbookTicker/askQty: BigFromString']);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const ticker = decodeRight(OrderbookTicker, EXAMPLE);
    expect(decodeRight(OrderbookTicker, OrderbookTicker.encode(ticker))).toEqual(ticker);
  });
});
