import Big from 'big.js';
import { OutboundAccountPosition } from '../../../../lib/markets/spot/user-data/outbound-account-position.js';
import { decodeLeftPaths, decodeRight } from '../../../support/codec-helpers.js';
import { OUTBOUND_ACCOUNT_POSITION_FRAME, OUTBOUND_ACCOUNT_POSITION_TWO_ASSETS_FRAME } from './user-data-examples.js';

const example = OUTBOUND_ACCOUNT_POSITION_FRAME.event;

describe('OutboundAccountPosition', () => {
  it('default: decodes the official example payload (user-data.md §2)', () => {
    expect(decodeRight(OutboundAccountPosition, example)).toEqual({
      kind: 'outboundAccountPosition',
      eventType: 'outboundAccountPosition',
      eventTime: 1564034571105,
      lastAccountUpdateTime: 1564034571073,
      balances: [{ asset: 'ETH', free: new Big('10000'), locked: new Big('0') }],
    });
  });

  it('default: decodes the two-asset example of spot-ws-api.md §4 exactly', () => {
    const position = decodeRight(OutboundAccountPosition, OUTBOUND_ACCOUNT_POSITION_TWO_ASSETS_FRAME.event);
    expect(position.balances.map((b) => [b.asset, b.free.toFixed(8), b.locked.toFixed(8)])).toEqual([
      ['BTC', '11818.00000000', '182.00000000'],
      ['USDT', '10580.00000000', '70.00000000'],
    ]);
  });

  it('behavior: an empty balances array decodes', () => {
    expect(decodeRight(OutboundAccountPosition, { ...example, B: [] }).balances).toEqual([]);
  });

  it('error: rejects a numeric free amount and names the path', () => {
    expect(decodeLeftPaths(OutboundAccountPosition, { ...example, B: [{ a: 'ETH', f: 10000, l: '0' }] })).toEqual(['B.0.f']);
  });

  it('error: rejects a missing balances array or update time', () => {
    const { B: _b, u: _u, ...rest } = example;
    expect(decodeLeftPaths(OutboundAccountPosition, rest).sort()).toEqual(['B', 'u']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const position = decodeRight(OutboundAccountPosition, example);
    expect(decodeRight(OutboundAccountPosition, OutboundAccountPosition.encode(position))).toEqual(position);
  });
});
