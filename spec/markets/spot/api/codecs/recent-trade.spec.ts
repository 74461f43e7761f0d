import Big from 'big.js';
import { RecentTrade } from '../../../../../lib/markets/spot/api/codecs/recent-trade';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Recent trades" and "Historical trades" examples (market-examples.ts).
const [RECENT] = MARKET_EXAMPLES.getRecentTrades;
const [HISTORICAL] = MARKET_EXAMPLES.getHistoricalTrades;

describe('RecentTrade', () => {
  it('default: decodes the official recent-trade example, qty named quantity', () => {
    expect(decodeRight(RecentTrade, RECENT)).toEqual({
      id: 194686783,
      price: new Big('0.01361'),
      quantity: new Big('0.014'),
      quoteQuantity: new Big('0.00019054'),
      time: 1660009530807,
      isBuyerMaker: true,
      isBestMatch: true,
    });
  });

  it('default: decodes the official historical-trade example (same shape)', () => {
    expect(decodeRight(RecentTrade, HISTORICAL)).toMatchObject({ id: 0, quantity: new Big('40') });
  });

  it('error: rejects a number where the price is a decimal string', () => {
    expect(rejection(RecentTrade, { ...RECENT, price: 0.01361 })).toEqual(['Invalid value 0.01361 supplied to : RecentTrade/price: BigFromString']);
  });

  it('behavior: encode∘decode gives back the wire keys', () => {
    const encoded = RecentTrade.encode(decodeRight(RecentTrade, RECENT));
    expect(encoded).toEqual({ ...RECENT, price: '0.01361', qty: '0.014' });
  });
});
