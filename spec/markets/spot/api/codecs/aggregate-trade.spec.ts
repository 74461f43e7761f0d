import Big from 'big.js';
import { AggregateTrade } from '../../../../../lib/markets/spot/api/codecs/aggregate-trade';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Aggregate trades" example (market-examples.ts).
const [EXAMPLE] = MARKET_EXAMPLES.getAggregateTrades;

describe('AggregateTrade', () => {
  it('default: decodes the official example into descriptive names', () => {
    expect(decodeRight(AggregateTrade, EXAMPLE)).toEqual({
      aggTradeId: 50000000,
      price: new Big('0.002741'),
      quantity: new Big('57.19'),
      firstTradeId: 59120167,
      lastTradeId: 59120170,
      tradeTime: 1565877971222,
      isBuyerMaker: true,
      isBestMatch: true,
    });
  });

  it('error: rejects a number where the quantity is a decimal string, naming the wire key', () => {
    expect(rejection(AggregateTrade, { ...EXAMPLE, q: 57.19 })).toEqual(['Invalid value 57.19 supplied to : AggregateTrade/q: BigFromString']);
  });

  it('behavior: encode∘decode gives back the one-letter wire keys', () => {
    expect(AggregateTrade.encode(decodeRight(AggregateTrade, EXAMPLE))).toEqual({ ...EXAMPLE, p: '0.002741', q: '57.19' });
  });
});
