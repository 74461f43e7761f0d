import Big from 'big.js';
import { TickerPrice } from '../../../../../lib/markets/spot/api/codecs/ticker-price';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Symbol price ticker" example (market-examples.ts).
const EXAMPLE = MARKET_EXAMPLES.getTickerPrice;

describe('TickerPrice', () => {
  it('default: decodes the official example', () => {
    expect(decodeRight(TickerPrice, EXAMPLE)).toEqual({ symbol: 'BNBBTC', price: new Big('0.013619') });
  });

  it('error: rejects a number where the price is a decimal string', () => {
    expect(rejection(TickerPrice, { ...EXAMPLE, price: 0.013619 })).toEqual(['Invalid value 0.013619 supplied to : TickerPrice/price: BigFromString']);
  });

  it('behavior: encode∘decode gives back the wire value', () => {
    expect(TickerPrice.encode(decodeRight(TickerPrice, EXAMPLE))).toEqual({ symbol: 'BNBBTC', price: '0.013619' });
  });
});
