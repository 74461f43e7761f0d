// Official example payloads of the spot user-data stream, copied from `shared/spec/user-data.md`
// §2 (Binance's user-data-stream.md), each inside its WS-API envelope as the spec shows it. The
// codecs decode `.event`. Values are the spec's, byte for byte (comments dropped).

/** §2 outboundAccountPosition. */
export const OUTBOUND_ACCOUNT_POSITION_FRAME = {
  subscriptionId: 0,
  event: {
    e: 'outboundAccountPosition',
    E: 1564034571105,
    u: 1564034571073,
    B: [{ a: 'ETH', f: '10000.000000', l: '0.000000' }],
  },
} as const;

/** `shared/spec/spot-ws-api.md` §4: an outboundAccountPosition with two balances. */
export const OUTBOUND_ACCOUNT_POSITION_TWO_ASSETS_FRAME = {
  subscriptionId: 0,
  event: {
    e: 'outboundAccountPosition',
    E: 1728972148778,
    u: 1728972148778,
    B: [
      { a: 'BTC', f: '11818.00000000', l: '182.00000000' },
      { a: 'USDT', f: '10580.00000000', l: '70.00000000' },
    ],
  },
} as const;

/** §2 balanceUpdate. */
export const BALANCE_UPDATE_FRAME = {
  subscriptionId: 0,
  event: { e: 'balanceUpdate', E: 1573200697110, a: 'BTC', d: '100.00000000', T: 1573200697068 },
} as const;

/** §2 executionReport (includes the conditional `v` and `W`). */
export const EXECUTION_REPORT_FRAME = {
  subscriptionId: 0,
  event: {
    e: 'executionReport',
    E: 1499405658658,
    s: 'ETHBTC',
    c: 'mUvoqJxFIILMdfAW5iGSOW',
    S: 'BUY',
    o: 'LIMIT',
    f: 'GTC',
    q: '1.00000000',
    p: '0.10264410',
    P: '0.00000000',
    F: '0.00000000',
    g: -1,
    C: '',
    x: 'NEW',
    X: 'NEW',
    r: 'NONE',
    i: 4293153,
    l: '0.00000000',
    z: '0.00000000',
    L: '0.00000000',
    n: '0',
    N: null,
    T: 1499405658657,
    t: -1,
    v: 3,
    I: 8641984,
    w: true,
    m: false,
    M: false,
    O: 1499405658657,
    Z: '0.00000000',
    Y: '0.00000000',
    Q: '0.00000000',
    W: 1499405658657,
    V: 'NONE',
  },
} as const;

/**
 * §2 "Conditional executionReport fields": every field of the table with the table's example
 * value (`v` and `W` are already in {@link EXECUTION_REPORT_FRAME}).
 */
export const EXECUTION_REPORT_CONDITIONAL_EXAMPLES = {
  d: 4,
  D: 1668680518494,
  j: 1,
  J: 1000000,
  v: 3,
  A: '3.000000',
  B: '3.000000',
  u: 1,
  U: 37,
  Cs: 'BTCUSDT',
  pl: '2.123456',
  pL: '0.10000001',
  pY: '0.21234562',
  W: 1668683798379,
  b: 'ONE_PARTY_TRADE_REPORT',
  a: 1234,
  k: 'SOR',
  uS: true,
  gP: 'PRIMARY_PEG',
  gOT: 'PRICE_LEVEL',
  gOV: 5,
  gp: '1.00000000',
  eR: 'INSUFFICIENT_LIQUIDITY',
} as const;

/** §2 listStatus. */
export const LIST_STATUS_FRAME = {
  subscriptionId: 0,
  event: {
    e: 'listStatus',
    E: 1564035303637,
    s: 'ETHBTC',
    g: 2,
    c: 'OCO',
    l: 'EXEC_STARTED',
    L: 'EXECUTING',
    r: 'NONE',
    C: 'F4QN4G8DlFATFlIUQ0cjdD',
    T: 1564035303625,
    O: [
      { s: 'ETHBTC', i: 17, c: 'AJYsMjErWJesZvqlJCTUgL' },
      { s: 'ETHBTC', i: 18, c: 'bfYPSQdLoqAJeNrOr9adzq' },
    ],
  },
} as const;

/** §2 externalLockUpdate. */
export const EXTERNAL_LOCK_UPDATE_FRAME = {
  subscriptionId: 0,
  event: { e: 'externalLockUpdate', E: 1581557507324, a: 'NEO', d: '10.00000000', T: 1581557507268 },
} as const;

/** §2 eventStreamTerminated. */
export const EVENT_STREAM_TERMINATED_FRAME = { subscriptionId: 0, event: { e: 'eventStreamTerminated', E: 1728973001334 } } as const;

/** §2 serverShutdown: a connection event, not a user event. */
export const SERVER_SHUTDOWN_FRAME = { event: { e: 'serverShutdown', E: 1770123456789 } } as const;

/** Every user event example of §2, by its `e`. */
export const USER_EVENT_EXAMPLES = {
  outboundAccountPosition: OUTBOUND_ACCOUNT_POSITION_FRAME.event,
  balanceUpdate: BALANCE_UPDATE_FRAME.event,
  executionReport: EXECUTION_REPORT_FRAME.event,
  listStatus: LIST_STATUS_FRAME.event,
  externalLockUpdate: EXTERNAL_LOCK_UPDATE_FRAME.event,
  eventStreamTerminated: EVENT_STREAM_TERMINATED_FRAME.event,
} as const;
