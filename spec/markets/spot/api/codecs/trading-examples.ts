// Official example `result` payloads of the spot WebSocket API's trading methods, from Binance's
// web-socket-api.md "Trading requests" (binance/binance-spot-api-docs; `spec/spot-ws-api.md`
// §6.4 quotes the ACK/RESULT/FULL shapes). Where a doc example is cited from elsewhere, the
// comment says so.

/** order.place, newOrderRespType ACK. */
export const ORDER_ACK = {
  symbol: 'BTCUSDT',
  orderId: 12569099453,
  orderListId: -1,
  clientOrderId: '4d96324ff9d44481926157ec08158a40',
  transactTime: 1660801715639,
};

/** order.place, newOrderRespType RESULT. */
export const ORDER_RESULT = {
  ...ORDER_ACK,
  price: '23416.10000000',
  origQty: '0.00847000',
  executedQty: '0.00000000',
  origQuoteOrderQty: '0.000000',
  cummulativeQuoteQty: '0.00000000',
  status: 'NEW',
  timeInForce: 'GTC',
  type: 'LIMIT',
  side: 'SELL',
  workingTime: 1660801715639,
  selfTradePreventionMode: 'NONE',
};

/** order.place, newOrderRespType FULL. */
export const ORDER_FULL = {
  symbol: 'BTCUSDT',
  orderId: 12569099453,
  orderListId: -1,
  clientOrderId: '4d96324ff9d44481926157ec08158a40',
  transactTime: 1660801715793,
  price: '23416.10000000',
  origQty: '0.00847000',
  executedQty: '0.00847000',
  origQuoteOrderQty: '0.000000',
  cummulativeQuoteQty: '198.33521500',
  status: 'FILLED',
  timeInForce: 'GTC',
  type: 'LIMIT',
  side: 'SELL',
  workingTime: 1660801715793,
  fills: [
    { price: '23416.10000000', qty: '0.00635000', commission: '0.000000', commissionAsset: 'BNB', tradeId: 1650422481 },
    { price: '23416.50000000', qty: '0.00212000', commission: '0.000000', commissionAsset: 'BNB', tradeId: 1650422482 },
  ],
};

/** A pegged order's placement answer (faqs/pegged_orders.md sample). */
export const ORDER_PEGGED = {
  symbol: 'BTCUSDT',
  orderId: 18,
  orderListId: -1,
  clientOrderId: 'q1fKs4Y7wgE61WSFMYRFKo',
  transactTime: 1750313780050,
  price: '0.00000000',
  pegPriceType: 'PRIMARY_PEG',
  peggedPrice: '0.04000000',
  origQty: '1.00000000',
  executedQty: '0.00000000',
  origQuoteOrderQty: '0.00000000',
  cummulativeQuoteQty: '0.00000000',
  status: 'NEW',
  timeInForce: 'GTC',
  type: 'LIMIT',
  side: 'BUY',
  workingTime: 1750313780050,
  fills: [],
  selfTradePreventionMode: 'NONE',
};

/** order.test without computeCommissionRates. */
export const TEST_ORDER_EMPTY = {};

/** order.test with computeCommissionRates (current docs, with specialCommissionForOrder). */
export const TEST_ORDER_COMMISSION = {
  standardCommissionForOrder: { maker: '0.00000112', taker: '0.00000114' },
  specialCommissionForOrder: { maker: '0.05000000', taker: '0.06000000' },
  taxCommissionForOrder: { maker: '0.00000112', taker: '0.00000114' },
  discount: { enabledForAccount: true, enabledForSymbol: true, discountAsset: 'BNB', discount: '0.25000000' },
};

/** order.cancel of an individual order. */
export const CANCELED_ORDER = {
  symbol: 'BTCUSDT',
  origClientOrderId: '4d96324ff9d44481926157',
  orderId: 12569099453,
  orderListId: -1,
  clientOrderId: '91fe37ce9e69c90d6358c0',
  transactTime: 1684804350068,
  price: '23416.10000000',
  origQty: '0.00847000',
  executedQty: '0.00001000',
  origQuoteOrderQty: '0.000000',
  cummulativeQuoteQty: '0.23416100',
  status: 'CANCELED',
  timeInForce: 'GTC',
  type: 'LIMIT',
  side: 'SELL',
  stopPrice: '0.00000000',
  trailingDelta: 0,
  icebergQty: '0.00000000',
  strategyId: 37463720,
  strategyType: 1000000,
  selfTradePreventionMode: 'NONE',
};

/** order.cancel of a leg: the whole list is canceled (second report lacks origQuoteOrderQty). */
export const CANCELED_ORDER_LIST = {
  orderListId: 19431,
  contingencyType: 'OCO',
  listStatusType: 'ALL_DONE',
  listOrderStatus: 'ALL_DONE',
  listClientOrderId: 'iuVNVJYYrByz6C4yGOPPK0',
  transactionTime: 1660803702431,
  symbol: 'BTCUSDT',
  orders: [
    { symbol: 'BTCUSDT', orderId: 12569099453, clientOrderId: 'bX5wROblo6YeDwa9iTLeyY' },
    { symbol: 'BTCUSDT', orderId: 12569099454, clientOrderId: 'Tnu2IP0J5Y4mxw3IATBfmW' },
  ],
  orderReports: [
    {
      symbol: 'BTCUSDT',
      origClientOrderId: 'bX5wROblo6YeDwa9iTLeyY',
      orderId: 12569099453,
      orderListId: 19431,
      clientOrderId: 'OFFXQtxVFZ6Nbcg4PgE2DA',
      transactTime: 1684804350068,
      price: '23450.50000000',
      origQty: '0.00850000',
      executedQty: '0.00000000',
      origQuoteOrderQty: '0.000000',
      cummulativeQuoteQty: '0.00000000',
      status: 'CANCELED',
      timeInForce: 'GTC',
      type: 'STOP_LOSS_LIMIT',
      side: 'BUY',
      stopPrice: '23430.00000000',
      selfTradePreventionMode: 'NONE',
    },
    {
      symbol: 'BTCUSDT',
      origClientOrderId: 'Tnu2IP0J5Y4mxw3IATBfmW',
      orderId: 12569099454,
      orderListId: 19431,
      clientOrderId: 'OFFXQtxVFZ6Nbcg4PgE2DA',
      transactTime: 1684804350068,
      price: '23400.00000000',
      origQty: '0.00850000',
      executedQty: '0.00000000',
      cummulativeQuoteQty: '0.00000000',
      status: 'CANCELED',
      timeInForce: 'GTC',
      type: 'LIMIT_MAKER',
      side: 'BUY',
      selfTradePreventionMode: 'NONE',
    },
  ],
};

/** order.cancelReplace, both SUCCESS (status 200). */
export const CANCEL_REPLACE = {
  cancelResult: 'SUCCESS',
  newOrderResult: 'SUCCESS',
  cancelResponse: {
    symbol: 'BTCUSDT',
    origClientOrderId: '4d96324ff9d44481926157',
    orderId: 125690984230,
    orderListId: -1,
    clientOrderId: '91fe37ce9e69c90d6358c0',
    transactTime: 1684804350068,
    price: '23450.00000000',
    origQty: '0.00847000',
    executedQty: '0.00001000',
    origQuoteOrderQty: '0.000000',
    cummulativeQuoteQty: '0.23450000',
    status: 'CANCELED',
    timeInForce: 'GTC',
    type: 'LIMIT',
    side: 'SELL',
    selfTradePreventionMode: 'NONE',
  },
  newOrderResponse: {
    symbol: 'BTCUSDT',
    orderId: 12569099453,
    orderListId: -1,
    clientOrderId: 'bX5wROblo6YeDwa9iTLeyY',
    transactTime: 1660813156959,
    price: '23416.10000000',
    origQty: '0.00847000',
    executedQty: '0.00000000',
    origQuoteOrderQty: '0.000000',
    cummulativeQuoteQty: '0.00000000',
    status: 'NEW',
    timeInForce: 'GTC',
    type: 'LIMIT',
    side: 'SELL',
    selfTradePreventionMode: 'NONE',
  },
};

const AMENDED_ORDER = {
  symbol: 'BTCUSDT',
  orderId: 12,
  orderListId: -1,
  origClientOrderId: 'my_test_order1',
  clientOrderId: '4zR9HFcEq8gM1tWUqPEUHc',
  price: '5.00000000',
  qty: '5.00000000',
  executedQty: '0.00000000',
  preventedQty: '0.00000000',
  quoteOrderQty: '0.00000000',
  cumulativeQuoteQty: '0.00000000',
  status: 'NEW',
  timeInForce: 'GTC',
  type: 'LIMIT',
  side: 'BUY',
  workingTime: 1741923284364,
  selfTradePreventionMode: 'NONE',
};

/** order.amend.keepPriority of a single order. */
export const AMEND_SINGLE = { transactTime: 1741923284382, executionId: 16, amendedOrder: AMENDED_ORDER };

/** order.amend.keepPriority of an order in a list (its listStatus has no listStatusType). */
export const AMEND_IN_LIST = {
  transactTime: 1741924229819,
  executionId: 60,
  amendedOrder: {
    ...AMENDED_ORDER,
    symbol: 'BTUCSDT',
    orderId: 23,
    orderListId: 4,
    origClientOrderId: 'my_pending_order',
    clientOrderId: 'xbxXh5SSwaHS7oUEOCI88B',
    price: '1.00000000',
    workingTime: 1741924204920,
  },
  listStatus: {
    orderListId: 4,
    contingencyType: 'OTO',
    listOrderStatus: 'EXECUTING',
    listClientOrderId: '8nOGLLawudj1QoOiwbroRH',
    symbol: 'BTCUSDT',
    orders: [
      { symbol: 'BTCUSDT', orderId: 22, clientOrderId: 'g04EWsjaackzedjC9wRkWD' },
      { symbol: 'BTCUSDT', orderId: 23, clientOrderId: 'xbxXh5SSwaHS7oUEOCI88B' },
    ],
  },
};

/** orderList.place.oco, newOrderRespType RESULT. */
export const OCO_PLACED = {
  orderListId: 2,
  contingencyType: 'OCO',
  listStatusType: 'EXEC_STARTED',
  listOrderStatus: 'EXECUTING',
  listClientOrderId: 'cKPMnDCbcLQILtDYM4f4fX',
  transactionTime: 1711062760648,
  symbol: 'LTCBNB',
  orders: [
    { symbol: 'LTCBNB', orderId: 2, clientOrderId: '0m6I4wfxvTUrOBSMUl0OPU' },
    { symbol: 'LTCBNB', orderId: 3, clientOrderId: 'Z2IMlR79XNY5LU0tOxrWyW' },
  ],
  orderReports: [
    {
      symbol: 'LTCBNB',
      orderId: 2,
      orderListId: 2,
      clientOrderId: '0m6I4wfxvTUrOBSMUl0OPU',
      transactTime: 1711062760648,
      price: '1.50000000',
      origQty: '1.000000',
      executedQty: '0.000000',
      origQuoteOrderQty: '0.000000',
      cummulativeQuoteQty: '0.00000000',
      status: 'NEW',
      timeInForce: 'GTC',
      type: 'STOP_LOSS_LIMIT',
      side: 'BUY',
      stopPrice: '1.50000001',
      workingTime: -1,
      selfTradePreventionMode: 'NONE',
    },
    {
      symbol: 'LTCBNB',
      orderId: 3,
      orderListId: 2,
      clientOrderId: 'Z2IMlR79XNY5LU0tOxrWyW',
      transactTime: 1711062760648,
      price: '1.49999999',
      origQty: '1.000000',
      executedQty: '0.000000',
      origQuoteOrderQty: '0.000000',
      cummulativeQuoteQty: '0.00000000',
      status: 'NEW',
      timeInForce: 'GTC',
      type: 'LIMIT_MAKER',
      side: 'BUY',
      workingTime: 1711062760648,
      selfTradePreventionMode: 'NONE',
    },
  ],
};

/** sor.order.place (the WebSocket API answers an array). */
export const SOR_PLACED = [
  {
    symbol: 'BTCUSDT',
    orderId: 2,
    orderListId: -1,
    clientOrderId: 'sBI1KM6nNtOfj5tccZSKly',
    transactTime: 1689149087774,
    price: '31000.00000000',
    origQty: '0.50000000',
    executedQty: '0.50000000',
    origQuoteOrderQty: '0.000000',
    cummulativeQuoteQty: '14000.00000000',
    status: 'FILLED',
    timeInForce: 'GTC',
    type: 'LIMIT',
    side: 'BUY',
    workingTime: 1689149087774,
    fills: [
      {
        matchType: 'ONE_PARTY_TRADE_REPORT',
        price: '28000.00000000',
        qty: '0.50000000',
        commission: '0.00000000',
        commissionAsset: 'BTC',
        tradeId: -1,
        allocId: 0,
      },
    ],
    workingFloor: 'SOR',
    selfTradePreventionMode: 'NONE',
    usedSor: true,
  },
];
