import Big from 'big.js';
import { BookTicker } from '../../../../lib/markets/spot/codecs/book-ticker.js';
import { SPOT_STREAM_EXAMPLES } from '../../../../lib/testing/fixtures/spot-stream-examples.js';
import { decodeRight, decodeLeftPaths } from '../../../support/codec-helpers.js';
import recorded from '../../../fixtures/recorded/bookTicker.json';

const example = SPOT_STREAM_EXAMPLES.bookTicker;

describe('BookTicker', () => {
  it('default: decodes the official example payload', () => {
    expect(decodeRight(BookTicker, example)).toEqual({
      updateId: 400900217,
      symbol: 'BNBUSDT',
      bidPrice: new Big('25.35190000'),
      bidQuantity: new Big('31.21000000'),
      askPrice: new Big('25.36520000'),
      askQuantity: new Big('40.66000000'),
    });
  });

  it('default: decodes a recorded btcusdt@bookTicker payload exactly', () => {
    const bookTicker = decodeRight(BookTicker, recorded.data);
    expect(bookTicker.updateId).toBe(11477897);
    expect(bookTicker.bidPrice.toFixed(8)).toBe('92729.31000000');
    expect(bookTicker.askQuantity.eq('0.00006')).toBe(true);
  });

  it('error: rejects a non-decimal ask quantity and names the field', () => {
    expect(decodeLeftPaths(BookTicker, { ...example, A: 'abc' })).toEqual(['A']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const bookTicker = decodeRight(BookTicker, example);
    expect(decodeRight(BookTicker, BookTicker.encode(bookTicker))).toEqual(bookTicker);
  });
});
