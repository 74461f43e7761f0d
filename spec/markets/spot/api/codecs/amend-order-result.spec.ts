import Big from 'big.js';
import { OrderStatus } from '../../../../../lib/markets/enums/order-status';
import { AmendedOrder, AmendedOrderList, AmendOrderResult } from '../../../../../lib/markets/spot/api/codecs/amend-order-result';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { AMEND_IN_LIST, AMEND_SINGLE } from './trading-examples';

describe('AmendOrderResult', () => {
  it('default: decodes the official single-order example', () => {
    const result = decodeRight(AmendOrderResult, AMEND_SINGLE);
    expect(result.transactTime).toBe(1741923284382);
    expect(result.executionId).toBe(16);
    expect('listStatus' in result).toBe(false);
  });

  it('behavior: decodes the official order-list example, whose listStatus lacks listStatusType', () => {
    const result = decodeRight(AmendOrderResult, AMEND_IN_LIST);
    expect(result.listStatus).toEqual({
      orderListId: 4,
      contingencyType: 'OTO',
      listOrderStatus: 'EXECUTING',
      listClientOrderId: '8nOGLLawudj1QoOiwbroRH',
      symbol: 'BTCUSDT',
      orders: [
        { symbol: 'BTCUSDT', orderId: 22, clientOrderId: 'g04EWsjaackzedjC9wRkWD' },
        { symbol: 'BTCUSDT', orderId: 23, clientOrderId: 'xbxXh5SSwaHS7oUEOCI88B' },
      ],
    });
  });

  it('error: rejects a missing executionId', () => {
    const { executionId: _omit, ...rest } = AMEND_SINGLE;
    expect(decodeLeftPaths(AmendOrderResult, rest)).toEqual(['executionId']);
  });
});

describe('AmendedOrder', () => {
  it("default: decodes the official amended order, renaming its own qty fields", () => {
    expect(decodeRight(AmendedOrder, AMEND_SINGLE.amendedOrder)).toMatchObject({
      origClientOrderId: 'my_test_order1',
      clientOrderId: '4zR9HFcEq8gM1tWUqPEUHc',
      quantity: new Big('5'),
      executedQuantity: new Big('0'),
      preventedQuantity: new Big('0'),
      quoteOrderQuantity: new Big('0'),
      cumulativeQuoteQuantity: new Big('0'),
      status: OrderStatus.New,
    });
  });

  it('error: rejects the other orders\' cummulativeQuoteQty spelling (amend uses cumulativeQuoteQty)', () => {
    const { cumulativeQuoteQty, ...rest } = AMEND_SINGLE.amendedOrder;
    expect(decodeLeftPaths(AmendedOrder, { ...rest, cummulativeQuoteQty: cumulativeQuoteQty })).toEqual(['cumulativeQuoteQty']);
  });
});

describe('AmendedOrderList', () => {
  it('default: decodes the official listStatus', () => {
    expect(decodeRight(AmendedOrderList, AMEND_IN_LIST.listStatus).orderListId).toBe(4);
  });

  it('error: rejects a missing orders array', () => {
    const { orders: _omit, ...rest } = AMEND_IN_LIST.listStatus;
    expect(decodeLeftPaths(AmendedOrderList, rest)).toEqual(['orders']);
  });
});
