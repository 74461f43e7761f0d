import type { FakeApiError, FakeApiOutcome, FakeEndpoint, FakeSpotMarketView } from '../../../../lib/testing/api/fake-api-types';
import Big from 'big.js';
import { FakeSpotAccount, type FakeSpotAccountOptions } from '../../../../lib/testing/api/spot/fake-spot-account';
import { onePriceLiquidity, type FakeSpotLiquidity } from '../../../../lib/testing/api/spot/fake-spot-liquidity';
import { FAKE_SPOT_ACCOUNT_ENDPOINTS } from '../../../../lib/testing/api/spot/account-endpoints';
import { FAKE_SPOT_TRADING_ENDPOINTS } from '../../../../lib/testing/api/spot/trading-endpoints';

/**
 * What the trading and account specs share: a small market stub, an account, and a way to call
 * a handler directly (no sockets) with WebSocket-API JSON params or REST string params.
 */

/**
 * A stub of the market view: BTCUSDT at 30000, ETHUSDT at 2000, LTCBTC at 0.002, BNBUSDT at 500,
 * each a market of one price (any quantity trades at it), so handler specs read simple numbers;
 * book matching has its own specs.
 */
export class StubMarket implements FakeSpotMarketView {
  readonly prices = new Map<string, string>([
    ['BTCUSDT', '30000.00000000'],
    ['ETHUSDT', '2000.00000000'],
    ['LTCBTC', '0.00200000'],
    ['BNBUSDT', '500.00000000'],
  ]);

  hasSymbol(symbol: string): boolean {
    return this.prices.has(symbol);
  }

  assetsOf(symbol: string): { baseAsset: string; quoteAsset: string } | undefined {
    if (!this.prices.has(symbol)) return undefined;
    const quote = symbol.endsWith('USDT') ? 'USDT' : 'BTC';
    return { baseAsset: symbol.slice(0, symbol.length - quote.length), quoteAsset: quote };
  }

  lastPrice(symbol: string): string {
    return this.prices.get(symbol) ?? '0.00000000';
  }

  liquidity(symbol: string): FakeSpotLiquidity {
    return onePriceLiquidity(symbol, new Big(this.lastPrice(symbol)), new Big('0.00000001'));
  }
}

export type Transport = 'ws' | 'rest';
export const TRANSPORTS: readonly Transport[] = ['ws', 'rest'];

const ENDPOINTS = new Map([...FAKE_SPOT_TRADING_ENDPOINTS, ...FAKE_SPOT_ACCOUNT_ENDPOINTS].map((e) => [e.method, e]));

/** The endpoint of a method (fails the test if missing). */
export function endpoint(method: string): FakeEndpoint {
  const found = ENDPOINTS.get(method);
  if (found === undefined) throw new Error(`no endpoint ${method}`);
  return found;
}

/** REST sends every value as text; lists as JSON text. */
function restParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)]),
  );
}

/** A test's exchange: a stub market, one account, a clock. */
export class Desk {
  readonly market = new StubMarket();
  readonly account: FakeSpotAccount;
  time = 1_700_000_000_000;

  constructor(options: FakeSpotAccountOptions = {}, readonly transport: Transport = 'ws') {
    this.account = new FakeSpotAccount(options);
  }

  /** Calls a method's handler with the params as the transport would deliver them. */
  call(method: string, params: Record<string, unknown> = {}): FakeApiOutcome {
    const delivered = this.transport === 'rest' ? restParams(params) : params;
    return endpoint(method).handle(
      { params: delivered, transport: this.transport, apiKey: 'key', serverTime: this.time },
      { market: this.market, account: this.account },
    );
  }

  /** Calls and expects a success; returns the result (`any`: specs read wire results field by field). */
  ok(method: string, params: Record<string, unknown> = {}): any {
    const outcome = this.call(method, params);
    if (!('result' in outcome)) throw new Error(`${method} failed: ${JSON.stringify(outcome)}`);
    return outcome.result;
  }

  /** Calls and expects a failure; returns status and error. */
  fail(method: string, params: Record<string, unknown> = {}): { status: number; error: FakeApiError } {
    const outcome = this.call(method, params);
    if (!('error' in outcome)) throw new Error(`${method} succeeded: ${JSON.stringify(outcome)}`);
    return { status: outcome.status, error: outcome.error };
  }
}

type Kind = 'string' | 'number' | 'boolean' | 'decimal' | 'array' | 'object' | 'null';

/** Checks an object has exactly these keys, of these kinds (`decimal`: a string with 8 decimals). */
export function expectShape(value: unknown, shape: Record<string, Kind>): void {
  expect(typeof value).toBe('object');
  const record = value as Record<string, unknown>;
  expect(Object.keys(record).sort()).toEqual(Object.keys(shape).sort());
  for (const [key, kind] of Object.entries(shape)) {
    const field = record[key];
    const actual =
      field === null ? 'null' : Array.isArray(field) ? 'array' : typeof field === 'string' && /^-?\d+\.\d{8}$/.test(field) ? 'decimal' : typeof field;
    if (kind === 'string') expect([key, typeof field]).toEqual([key, 'string']);
    else expect([key, actual]).toEqual([key, kind]);
  }
}

/** ACK fields of an order response. */
export const ACK_SHAPE = {
  symbol: 'string',
  orderId: 'number',
  orderListId: 'number',
  clientOrderId: 'string',
  transactTime: 'number',
} as const;

/** RESULT fields of an order response (without conditional ones). */
export const RESULT_SHAPE = {
  ...ACK_SHAPE,
  price: 'decimal',
  origQty: 'decimal',
  executedQty: 'decimal',
  origQuoteOrderQty: 'decimal',
  cummulativeQuoteQty: 'decimal',
  status: 'string',
  timeInForce: 'string',
  type: 'string',
  side: 'string',
  workingTime: 'number',
  selfTradePreventionMode: 'string',
} as const;

/** A canceled order's report (without conditional ones). */
export const CANCEL_SHAPE = {
  symbol: 'string',
  origClientOrderId: 'string',
  orderId: 'number',
  orderListId: 'number',
  clientOrderId: 'string',
  transactTime: 'number',
  price: 'decimal',
  origQty: 'decimal',
  executedQty: 'decimal',
  origQuoteOrderQty: 'decimal',
  cummulativeQuoteQty: 'decimal',
  status: 'string',
  timeInForce: 'string',
  type: 'string',
  side: 'string',
  selfTradePreventionMode: 'string',
} as const;

/** An order as `order.status` shows it (`spec/spot-ws-api.md` §6.5). */
export const STATUS_SHAPE = {
  symbol: 'string',
  orderId: 'number',
  orderListId: 'number',
  clientOrderId: 'string',
  price: 'decimal',
  origQty: 'decimal',
  executedQty: 'decimal',
  cummulativeQuoteQty: 'decimal',
  status: 'string',
  timeInForce: 'string',
  type: 'string',
  side: 'string',
  stopPrice: 'decimal',
  icebergQty: 'decimal',
  time: 'number',
  updateTime: 'number',
  isWorking: 'boolean',
  workingTime: 'number',
  origQuoteOrderQty: 'decimal',
  selfTradePreventionMode: 'string',
} as const;

/** An order list without reports. */
export const LIST_SHAPE = {
  orderListId: 'number',
  contingencyType: 'string',
  listStatusType: 'string',
  listOrderStatus: 'string',
  listClientOrderId: 'string',
  transactionTime: 'number',
  symbol: 'string',
  orders: 'array',
} as const;

/** A resting LIMIT BUY of 0.1 BTC at 29000 (locks 2900 USDT). */
export const RESTING_BUY = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '29000', quantity: '0.1' };
