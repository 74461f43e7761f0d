import Big from 'big.js';
import { AggTrade } from '../../../../lib/markets/spot/codecs/agg-trade.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';
import recorded from '../../../fixtures/recorded/aggTrade.json';

const example = SPOT_STREAM_EXAMPLES.aggTrade;

describe('AggTrade', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(AggTrade, example)).toEqual({
      eventTime: 1672515782136,
      symbol: 'BNBBTC',
      aggTradeId: 12345,
      price: new Big('0.001'),
      quantity: new Big('100'),
      firstTradeId: 100,
      lastTradeId: 105,
      tradeTime: 1672515782136,
      isBuyerMaker: true,
    });
  });

  it('default: decodes a recorded btcusdt@aggTrade payload exactly', () => {
    const aggTrade = decodeRight(AggTrade, recorded.data);
    expect(aggTrade.aggTradeId).toBe(3735249564);
    expect(aggTrade.price.toFixed(8)).toBe('102571.18000000');
    expect(aggTrade.quantity.eq('0.00097')).toBe(true);
    expect(aggTrade.isBuyerMaker).toBe(false);
  });

  it('error: rejects a missing first trade id and names the field', () => {
    const { f: _, ...withoutFirstTradeId } = example;
    expect(decodeLeftPaths(AggTrade, withoutFirstTradeId)).toEqual(['f']);
  });

  it('error: rejects another event type', () => {
    expect(decodeLeftPaths(AggTrade, { ...example, e: 'trade' })).toEqual(['e']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const aggTrade = decodeRight(AggTrade, example);
    expect(decodeRight(AggTrade, AggTrade.encode(aggTrade))).toEqual(aggTrade);
  });
});
