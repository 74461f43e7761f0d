import Big from 'big.js';
import { AveragePrice } from '../../../../../lib/markets/spot/api/codecs/average-price';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Current average price" example (market-examples.ts).
const EXAMPLE = MARKET_EXAMPLES.getAveragePrice;

describe('AveragePrice', () => {
  it('default: decodes the official example', () => {
    expect(decodeRight(AveragePrice, EXAMPLE)).toEqual({ mins: 5, price: new Big('9.35751834'), closeTime: 1694061154503 });
  });

  it('error: rejects a number where the price is a decimal string', () => {
    expect(rejection(AveragePrice, { ...EXAMPLE, price: 9.35751834 })).toEqual([
      'Invalid value 9.35751834 supplied to : AveragePrice/price: BigFromString',
    ]);
  });

  it('behavior: encode∘decode gives back the wire value', () => {
    expect(AveragePrice.encode(decodeRight(AveragePrice, EXAMPLE))).toEqual(EXAMPLE);
  });
});
