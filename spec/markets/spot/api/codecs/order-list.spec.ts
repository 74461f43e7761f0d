import Big from 'big.js';
import { ContingencyType } from '../../../../../lib/markets/enums/contingency-type';
import { OrderType } from '../../../../../lib/markets/enums/order-type';
import { OrderList, OrderListOrder, OrderReport } from '../../../../../lib/markets/spot/api/codecs/order-list';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { ORDER_LIST_STATUS } from './account-examples';
import { CANCELED_ORDER_LIST, OCO_PLACED } from './trading-examples';

describe('OrderList', () => {
  it('default: decodes the official orderList.place.oco example with its reports', () => {
    const list = decodeRight(OrderList, OCO_PLACED);
    expect(list).toMatchObject({
      orderListId: 2,
      contingencyType: ContingencyType.Oco,
      listStatusType: 'EXEC_STARTED',
      listOrderStatus: 'EXECUTING',
      listClientOrderId: 'cKPMnDCbcLQILtDYM4f4fX',
      transactionTime: 1711062760648,
      symbol: 'LTCBNB',
    });
    expect(list.orders).toEqual([
      { symbol: 'LTCBNB', orderId: 2, clientOrderId: '0m6I4wfxvTUrOBSMUl0OPU' },
      { symbol: 'LTCBNB', orderId: 3, clientOrderId: 'Z2IMlR79XNY5LU0tOxrWyW' },
    ]);
    expect(list.orderReports?.[0]).toMatchObject({ type: OrderType.StopLossLimit, stopPrice: new Big('1.50000001'), workingTime: -1 });
  });

  it('behavior: decodes the official orderList.status example, which has no orderReports', () => {
    expect('orderReports' in decodeRight(OrderList, ORDER_LIST_STATUS)).toBe(false);
  });

  it('behavior: keeps string values Binance may add (contingencyType stays a string)', () => {
    expect(decodeRight(OrderList, { ...ORDER_LIST_STATUS, contingencyType: 'OPO' }).contingencyType).toBe('OPO');
  });

  it('error: rejects a bad order entry with its index', () => {
    const orders = [ORDER_LIST_STATUS.orders[0], { symbol: 'BTCUSDT', orderId: '1', clientOrderId: 'x' }];
    expect(decodeLeftPaths(OrderList, { ...ORDER_LIST_STATUS, orders })).toEqual(['orders.1.orderId']);
  });
});

describe('OrderReport', () => {
  it('default: decodes a cancel report of the official canceled-list example, with origClientOrderId', () => {
    expect(decodeRight(OrderReport, CANCELED_ORDER_LIST.orderReports[1])).toMatchObject({
      origClientOrderId: 'Tnu2IP0J5Y4mxw3IATBfmW',
      type: OrderType.LimitMaker,
    });
  });

  it('error: rejects a report without orderId', () => {
    const { orderId: _omit, ...rest } = CANCELED_ORDER_LIST.orderReports[0] ?? {};
    expect(decodeLeftPaths(OrderReport, rest)).toEqual(['orderId']);
  });
});

describe('OrderListOrder', () => {
  it('default: decodes an official orders entry', () => {
    expect(decodeRight(OrderListOrder, OCO_PLACED.orders[1])).toEqual({ symbol: 'LTCBNB', orderId: 3, clientOrderId: 'Z2IMlR79XNY5LU0tOxrWyW' });
  });

  it('error: rejects a missing clientOrderId', () => {
    expect(decodeLeftPaths(OrderListOrder, { symbol: 'LTCBNB', orderId: 3 })).toEqual(['clientOrderId']);
  });
});
