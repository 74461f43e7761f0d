import Big from 'big.js';
import { OrderSide } from '../../../../lib/markets/enums/order-side.js';
import { OrderStatus } from '../../../../lib/markets/enums/order-status.js';
import { OrderType } from '../../../../lib/markets/enums/order-type.js';
import { TimeInForce } from '../../../../lib/markets/enums/time-in-force.js';
import { ExecutionReport } from '../../../../lib/markets/spot/user-data/execution-report.js';
import { decodeLeftPaths, decodeRight } from '../../../support/codec-helpers.js';
import { EXECUTION_REPORT_CONDITIONAL_EXAMPLES, EXECUTION_REPORT_FRAME } from './user-data-examples.js';

const example = EXECUTION_REPORT_FRAME.event;
/** The §2 example without the two conditional fields it carries (`v`, `W`). */
const { v: _v, W: _w, ...plain } = example;

describe('ExecutionReport', () => {
  it('default: decodes the official example payload (user-data.md §2)', () => {
    expect(decodeRight(ExecutionReport, example)).toEqual({
      kind: 'executionReport',
      eventType: 'executionReport',
      eventTime: 1499405658658,
      symbol: 'ETHBTC',
      clientOrderId: 'mUvoqJxFIILMdfAW5iGSOW',
      side: OrderSide.Buy,
      orderType: OrderType.Limit,
      timeInForce: TimeInForce.Gtc,
      quantity: new Big('1'),
      price: new Big('0.1026441'),
      stopPrice: new Big('0'),
      icebergQuantity: new Big('0'),
      orderListId: -1,
      originalClientOrderId: '',
      executionType: 'NEW',
      orderStatus: OrderStatus.New,
      rejectReason: 'NONE',
      orderId: 4293153,
      lastExecutedQuantity: new Big('0'),
      cumulativeFilledQuantity: new Big('0'),
      lastExecutedPrice: new Big('0'),
      commission: new Big('0'),
      commissionAsset: null,
      transactionTime: 1499405658657,
      tradeId: -1,
      preventedMatchId: 3,
      executionId: 8641984,
      isOnBook: true,
      isMaker: false,
      orderCreationTime: 1499405658657,
      cumulativeQuoteQuantity: new Big('0'),
      lastQuoteQuantity: new Big('0'),
      quoteOrderQuantity: new Big('0'),
      workingTime: 1499405658657,
      selfTradePreventionMode: 'NONE',
    });
  });

  it('behavior: decodes every conditional field of the §2 table with its example value', () => {
    const report = decodeRight(ExecutionReport, { ...plain, ...EXECUTION_REPORT_CONDITIONAL_EXAMPLES });
    expect({
      trailingDelta: report.trailingDelta,
      trailingTime: report.trailingTime,
      strategyId: report.strategyId,
      strategyType: report.strategyType,
      preventedMatchId: report.preventedMatchId,
      preventedQuantity: report.preventedQuantity?.toFixed(6),
      lastPreventedQuantity: report.lastPreventedQuantity?.toFixed(6),
      tradeGroupId: report.tradeGroupId,
      counterOrderId: report.counterOrderId,
      counterSymbol: report.counterSymbol,
      preventedExecutionQuantity: report.preventedExecutionQuantity?.toFixed(),
      preventedExecutionPrice: report.preventedExecutionPrice?.toFixed(),
      preventedExecutionQuoteQuantity: report.preventedExecutionQuoteQuantity?.toFixed(),
      workingTime: report.workingTime,
      matchType: report.matchType,
      allocationId: report.allocationId,
      workingFloor: report.workingFloor,
      usedSor: report.usedSor,
      pegPriceType: report.pegPriceType,
      pegOffsetType: report.pegOffsetType,
      pegOffsetValue: report.pegOffsetValue,
      peggedPrice: report.peggedPrice?.toFixed(8),
      expiryReason: report.expiryReason,
    }).toEqual({
      trailingDelta: 4,
      trailingTime: 1668680518494,
      strategyId: 1,
      strategyType: 1000000,
      preventedMatchId: 3,
      preventedQuantity: '3.000000',
      lastPreventedQuantity: '3.000000',
      tradeGroupId: 1,
      counterOrderId: 37,
      counterSymbol: 'BTCUSDT',
      preventedExecutionQuantity: '2.123456',
      preventedExecutionPrice: '0.10000001',
      preventedExecutionQuoteQuantity: '0.21234562',
      workingTime: 1668683798379,
      matchType: 'ONE_PARTY_TRADE_REPORT',
      allocationId: 1234,
      workingFloor: 'SOR',
      usedSor: true,
      pegPriceType: 'PRIMARY_PEG',
      pegOffsetType: 'PRICE_LEVEL',
      pegOffsetValue: 5,
      peggedPrice: '1.00000000',
      expiryReason: 'INSUFFICIENT_LIQUIDITY',
    });
  });

  it('behavior: absent conditional fields decode to undefined (keys absent), required fields stay', () => {
    const report = decodeRight(ExecutionReport, plain);
    for (const key of Object.keys(EXECUTION_REPORT_CONDITIONAL_EXAMPLES)) expect(plain).not.toHaveProperty(key);
    expect(report.preventedMatchId).toBeUndefined();
    expect(report.workingTime).toBeUndefined();
    expect(report.trailingDelta).toBeUndefined();
    expect(report.peggedPrice).toBeUndefined();
    expect(report.expiryReason).toBeUndefined();
    expect(Object.keys(report)).not.toContain('preventedMatchId');
    expect(Object.keys(report)).toHaveLength(33);
  });

  it('behavior: a filled trade with a commission asset decodes, and Z / z is the average price', () => {
    const trade = decodeRight(ExecutionReport, {
      ...example,
      x: 'TRADE',
      X: 'PARTIALLY_FILLED',
      l: '0.40000000',
      z: '0.40000000',
      L: '0.10264410',
      n: '0.00000040',
      N: 'BNB',
      t: 77,
      m: true,
      Z: '0.04105764',
      Y: '0.04105764',
    });
    expect(trade.orderStatus).toBe(OrderStatus.PartiallyFilled);
    expect(trade.commissionAsset).toBe('BNB');
    expect(trade.commission.toFixed()).toBe('0.0000004');
    expect(trade.cumulativeQuoteQuantity.div(trade.cumulativeFilledQuantity).toFixed()).toBe('0.1026441');
  });

  it('behavior: ignores unknown extra fields and the "ignore" field M', () => {
    const report = decodeRight(ExecutionReport, { ...example, zz: 'new', M: true });
    expect(report).toEqual(decodeRight(ExecutionReport, example));
    expect(Object.keys(report)).not.toContain('zz');
  });

  it('behavior: keeps case-sensitive key pairs apart (c/C, p/P, l/L, z/Z)', () => {
    const report = decodeRight(ExecutionReport, { ...example, C: 'orig', P: '5', l: '1', L: '2', z: '3', Z: '4' });
    expect([report.clientOrderId, report.originalClientOrderId]).toEqual(['mUvoqJxFIILMdfAW5iGSOW', 'orig']);
    expect([report.price.toFixed(), report.stopPrice.toFixed()]).toEqual(['0.1026441', '5']);
    expect([report.lastExecutedQuantity.toFixed(), report.lastExecutedPrice.toFixed()]).toEqual(['1', '2']);
    expect([report.cumulativeFilledQuantity.toFixed(), report.cumulativeQuoteQuantity.toFixed()]).toEqual(['3', '4']);
  });

  it('error: rejects a number where a decimal string is expected and names the field', () => {
    expect(decodeLeftPaths(ExecutionReport, { ...example, p: 0.1026441 })).toEqual(['p']);
    expect(decodeLeftPaths(ExecutionReport, { ...plain, pL: 0.10000001 })).toEqual(['pL']);
  });

  it('error: rejects a missing required field', () => {
    const { i: _i, ...noOrderId } = example;
    expect(decodeLeftPaths(ExecutionReport, noOrderId)).toEqual(['i']);
  });

  it('error: rejects a malformed conditional field, an unknown side and another event type', () => {
    expect(decodeLeftPaths(ExecutionReport, { ...plain, uS: 'true' })).toEqual(['uS']);
    expect(decodeLeftPaths(ExecutionReport, { ...example, S: 'LONG' })).toEqual(['S']);
    expect(decodeLeftPaths(ExecutionReport, { ...example, e: 'listStatus' })).toEqual(['e', 'e']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const wire = { ...plain, ...EXECUTION_REPORT_CONDITIONAL_EXAMPLES };
    const report = decodeRight(ExecutionReport, wire);
    expect(decodeRight(ExecutionReport, ExecutionReport.encode(report))).toEqual(report);
    expect(ExecutionReport.encode(report).e).toBe('executionReport');
  });
});
