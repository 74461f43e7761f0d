// Official example `result` payloads of the spot WebSocket API's account and session methods,
// from Binance's web-socket-api.md "Account requests" and "Authentication requests"
// (binance/binance-spot-api-docs; `spec/spot-ws-api.md` §6.3, §6.5).

/** order.status. */
export const ORDER_STATUS = {
  symbol: 'BTCUSDT',
  orderId: 12569099453,
  orderListId: -1,
  clientOrderId: '4d96324ff9d44481926157',
  price: '23416.10000000',
  origQty: '0.00847000',
  executedQty: '0.00847000',
  cummulativeQuoteQty: '198.33521500',
  status: 'FILLED',
  timeInForce: 'GTC',
  type: 'LIMIT',
  side: 'SELL',
  stopPrice: '0.00000000',
  trailingDelta: 10,
  trailingTime: -1,
  icebergQty: '0.00000000',
  time: 1660801715639,
  updateTime: 1660801717945,
  isWorking: true,
  workingTime: 1660801715639,
  origQuoteOrderQty: '0.00000000',
  strategyId: 37463720,
  strategyType: 1000000,
  selfTradePreventionMode: 'NONE',
  preventedMatchId: 0,
  preventedQuantity: '1.200000',
};

/** openOrders.status. */
export const OPEN_ORDERS = [
  {
    symbol: 'BTCUSDT',
    orderId: 12569099453,
    orderListId: -1,
    clientOrderId: '4d96324ff9d44481926157',
    price: '23416.10000000',
    origQty: '0.00847000',
    executedQty: '0.00720000',
    origQuoteOrderQty: '0.000000',
    cummulativeQuoteQty: '172.43931000',
    status: 'PARTIALLY_FILLED',
    timeInForce: 'GTC',
    type: 'LIMIT',
    side: 'SELL',
    stopPrice: '0.00000000',
    icebergQty: '0.00000000',
    time: 1660801715639,
    updateTime: 1660801717945,
    isWorking: true,
    workingTime: 1660801715639,
    selfTradePreventionMode: 'NONE',
  },
];

/** orderList.status (no orderReports). */
export const ORDER_LIST_STATUS = {
  orderListId: 1274512,
  contingencyType: 'OCO',
  listStatusType: 'EXEC_STARTED',
  listOrderStatus: 'EXECUTING',
  listClientOrderId: '08985fedd9ea2cf6b28996',
  transactionTime: 1660801713793,
  symbol: 'BTCUSDT',
  orders: [
    { symbol: 'BTCUSDT', orderId: 12569138901, clientOrderId: 'BqtFCj5odMoWtSqGk2X9tU' },
    { symbol: 'BTCUSDT', orderId: 12569138902, clientOrderId: 'jLnZpj5enfMXTuhKB1d0us' },
  ],
};

/** account.status. */
export const ACCOUNT = {
  makerCommission: 15,
  takerCommission: 15,
  buyerCommission: 0,
  sellerCommission: 0,
  canTrade: true,
  canWithdraw: true,
  canDeposit: true,
  commissionRates: { maker: '0.00150000', taker: '0.00150000', buyer: '0.00000000', seller: '0.00000000' },
  brokered: false,
  requireSelfTradePrevention: false,
  preventSor: false,
  updateTime: 1660801833000,
  accountType: 'SPOT',
  balances: [
    { asset: 'BNB', free: '0.00000000', locked: '0.00000000' },
    { asset: 'BTC', free: '1.3447112', locked: '0.08600000' },
    { asset: 'USDT', free: '1021.21000000', locked: '0.00000000' },
  ],
  permissions: ['SPOT'],
  uid: 354937868,
};

/** account.rateLimits.orders. */
export const ORDER_RATE_LIMITS = [
  { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 0 },
  { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000, count: 0 },
];

/** myTrades (first entry). */
export const MY_TRADE = {
  symbol: 'BTCUSDT',
  id: 1650422481,
  orderId: 12569099453,
  orderListId: -1,
  price: '23416.10000000',
  qty: '0.00635000',
  quoteQty: '148.69223500',
  commission: '0.00000000',
  commissionAsset: 'BNB',
  time: 1660801715793,
  isBuyer: false,
  isMaker: true,
  isBestMatch: true,
};

/** myPreventedMatches (entry). */
export const PREVENTED_MATCH = {
  symbol: 'BTCUSDT',
  preventedMatchId: 1,
  takerOrderId: 5,
  makerSymbol: 'BTCUSDT',
  makerOrderId: 3,
  tradeGroupId: 1,
  selfTradePreventionMode: 'EXPIRE_MAKER',
  price: '1.100000',
  makerPreventedQuantity: '1.300000',
  transactTime: 1669101687094,
};

/** myAllocations (entry). */
export const ALLOCATION = {
  symbol: 'BTCUSDT',
  allocationId: 0,
  allocationType: 'SOR',
  orderId: 500,
  orderListId: -1,
  price: '1.00000000',
  qty: '0.10000000',
  quoteQty: '0.10000000',
  commission: '0.00000000',
  commissionAsset: 'BTC',
  time: 1687319487614,
  isBuyer: false,
  isMaker: false,
  isAllocator: false,
};

/** account.commission (current docs, with specialCommission). */
export const COMMISSION = {
  symbol: 'BTCUSDT',
  standardCommission: { maker: '0.00000010', taker: '0.00000020', buyer: '0.00000030', seller: '0.00000040' },
  specialCommission: { maker: '0.01000000', taker: '0.02000000', buyer: '0.03000000', seller: '0.04000000' },
  taxCommission: { maker: '0.00000112', taker: '0.00000114', buyer: '0.00000118', seller: '0.00000116' },
  discount: { enabledForAccount: true, enabledForSymbol: true, discountAsset: 'BNB', discount: '0.75000000' },
};

/** order.amendments (entry). */
export const ORDER_AMENDMENT = {
  symbol: 'BTCUSDT',
  orderId: 23,
  executionId: 60,
  origClientOrderId: 'my_pending_order',
  newClientOrderId: 'xbxXh5SSwaHS7oUEOCI88B',
  origQty: '7.00000000',
  newQty: '5.00000000',
  time: 1741924229819,
};

/** myFilters. */
export const MY_FILTERS = {
  exchangeFilters: [{ filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: 1000 }],
  symbolFilters: [{ filterType: 'MAX_NUM_ORDER_LISTS', maxNumOrderLists: 20 }],
  assetFilters: [{ filterType: 'MAX_ASSET', asset: 'JPY', limit: '1000000.00000000' }],
};

/** session.status of a logged-on session. */
export const SESSION_STATUS = {
  apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
  authorizedSince: 1649729878532,
  connectedSince: 1649729873021,
  returnRateLimits: false,
  serverTime: 1649730611671,
  userDataStream: true,
};

/** session.logout. */
export const SESSION_LOGGED_OUT = {
  apiKey: null,
  authorizedSince: null,
  connectedSince: 1649729873021,
  returnRateLimits: false,
  serverTime: 1649730611671,
  userDataStream: false,
};

/** session.subscriptions (spec/spot-ws-api.md §6.3). */
export const SESSION_SUBSCRIPTIONS = [{ subscriptionId: 0 }, { subscriptionId: 1 }];
