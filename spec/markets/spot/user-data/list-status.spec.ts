import { ListStatus } from '../../../../lib/markets/spot/user-data/list-status.js';
import { decodeLeftPaths, decodeRight } from '../../../support/codec-helpers.js';
import { LIST_STATUS_FRAME } from './user-data-examples.js';

const example = LIST_STATUS_FRAME.event;

describe('ListStatus', () => {
  it('default: decodes the official example payload (user-data.md §2)', () => {
    expect(decodeRight(ListStatus, example)).toEqual({
      kind: 'listStatus',
      eventType: 'listStatus',
      eventTime: 1564035303637,
      symbol: 'ETHBTC',
      orderListId: 2,
      contingencyType: 'OCO',
      listStatusType: 'EXEC_STARTED',
      listOrderStatus: 'EXECUTING',
      listRejectReason: 'NONE',
      listClientOrderId: 'F4QN4G8DlFATFlIUQ0cjdD',
      transactionTime: 1564035303625,
      orders: [
        { symbol: 'ETHBTC', orderId: 17, clientOrderId: 'AJYsMjErWJesZvqlJCTUgL' },
        { symbol: 'ETHBTC', orderId: 18, clientOrderId: 'bfYPSQdLoqAJeNrOr9adzq' },
      ],
    });
  });

  it('behavior: a list status type Binance adds later still decodes', () => {
    expect(decodeRight(ListStatus, { ...example, l: 'SOMETHING_NEW' }).listStatusType).toBe('SOMETHING_NEW');
  });

  it('error: rejects an order with a string id and names the path', () => {
    expect(decodeLeftPaths(ListStatus, { ...example, O: [{ s: 'ETHBTC', i: '17', c: 'x' }] })).toEqual(['O.0.i']);
  });

  it('error: rejects a missing orders array', () => {
    const { O: _o, ...rest } = example;
    expect(decodeLeftPaths(ListStatus, rest)).toEqual(['O']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    expect(ListStatus.encode(decodeRight(ListStatus, example))).toEqual(example);
  });
});
