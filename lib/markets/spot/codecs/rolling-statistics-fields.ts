import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';

/**
 * The fields the 24 h ticker and the rolling-window tickers share (`spec/spot-streams.md` §4):
 * price change, OHLC, volumes and the statistics window.
 *
 * @internal
 */
export const ROLLING_STATISTICS_FIELDS = {
  eventTime: ['E', t.number],
  symbol: ['s', t.string],
  priceChange: ['p', BigFromString],
  priceChangePercent: ['P', BigFromString],
  weightedAveragePrice: ['w', BigFromString],
  close: ['c', BigFromString],
  open: ['o', BigFromString],
  high: ['h', BigFromString],
  low: ['l', BigFromString],
  volume: ['v', BigFromString],
  quoteVolume: ['q', BigFromString],
  openTime: ['O', t.number],
  closeTime: ['C', t.number],
  firstTradeId: ['F', t.number],
  lastTradeId: ['L', t.number],
  tradeCount: ['n', t.number],
} as const;
