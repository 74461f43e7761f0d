import Big from 'big.js';
import { BlockTrade } from '../../../../lib/markets/spot/codecs/block-trade.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';

const example = SPOT_STREAM_EXAMPLES.blockTrade;

describe('BlockTrade', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(BlockTrade, example)).toEqual({
      eventTime: 1772506983582,
      symbol: 'BNBBTC',
      blockTradeId: 582,
      price: new Big('0.052'),
      quantity: new Big('5838'),
      tradeTime: 1772506983321,
      isBuyerMaker: true,
    });
  });

  it('error: rejects a string block trade id and names the field', () => {
    expect(decodeLeftPaths(BlockTrade, { ...example, t: '582' })).toEqual(['t']);
  });

  it('error: rejects another event type', () => {
    expect(decodeLeftPaths(BlockTrade, { ...example, e: 'trade' })).toEqual(['e']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const blockTrade = decodeRight(BlockTrade, example);
    expect(decodeRight(BlockTrade, BlockTrade.encode(blockTrade))).toEqual(blockTrade);
  });
});
