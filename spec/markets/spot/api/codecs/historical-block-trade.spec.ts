import Big from 'big.js';
import { HistoricalBlockTrade } from '../../../../../lib/markets/spot/api/codecs/historical-block-trade';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Historical Block Trades" example (market-examples.ts).
const [EXAMPLE] = MARKET_EXAMPLES.getHistoricalBlockTrades;

describe('HistoricalBlockTrade', () => {
  it('default: decodes the official example', () => {
    expect(decodeRight(HistoricalBlockTrade, EXAMPLE)).toEqual({
      id: 582,
      price: new Big('0.052'),
      quantity: new Big('5838'),
      quoteQuantity: new Big('303.576'),
      time: 1772506983321,
      isBuyerMaker: true,
    });
  });

  it('error: rejects a number where the quote quantity is a decimal string', () => {
    expect(rejection(HistoricalBlockTrade, { ...EXAMPLE, quoteQty: 303.576 })).toEqual([
      'Invalid value 303.576 supplied to : HistoricalBlockTrade/quoteQty: BigFromString',
    ]);
  });

  it('behavior: encode∘decode gives back the wire value', () => {
    expect(HistoricalBlockTrade.encode(decodeRight(HistoricalBlockTrade, EXAMPLE))).toEqual(EXAMPLE);
  });
});
