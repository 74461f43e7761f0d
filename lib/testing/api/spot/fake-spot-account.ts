import Big from 'big.js';
import { ConfigError } from '../../../errors/config-error.js';
import { seededRandom } from '../../seeded-random.js';
import type { FakeUserEvent, FakeUserEventSink } from '../user-streams/fake-user-event.js';
import { accountSnapshot } from './account-event-snapshot.js';
import { accountUserEvents } from './account-user-events.js';
import { FakeSpotBalances, type FakeSpotBalance } from './fake-spot-account-balances.js';
import { fillRestingOrder } from './fake-spot-account-fill.js';
import type { FakeSpotAllocation, FakeSpotAmendment, FakeSpotOrder, FakeSpotOrderList, FakeSpotTrade } from './fake-spot-order.js';
import { isOpenOrder } from './fake-spot-order.js';
import { dec, orderStatusView, type WireObject } from './fake-spot-order-views.js';
import type { FakeSpotLiquidity } from './fake-spot-liquidity.js';
import { tradeView } from './account-views.js';

/** Options of a {@link FakeSpotAccount}; everything is optional. */
export interface FakeSpotAccountOptions {
  /** Free balances by asset as exact decimal strings; replaces the defaults entirely. */
  readonly balances?: Readonly<Record<string, string>>;
  /** Commission rates as decimal strings (default maker and taker `0.001`, buyer and seller `0`). */
  readonly commissionRates?: Partial<Readonly<Record<'maker' | 'taker' | 'buyer' | 'seller', string>>>;
  /** `uid` of `account.status`. Default 1. */
  readonly uid?: number;
  /** Seed of the generated client order ids. Default 1. */
  readonly seed?: number;
  /** ORDERS limits the account's own counts are checked against (`order.cancelReplace`). */
  readonly orderLimits?: Partial<FakeUnfilledOrderCounts>;
}

/** Unfilled-order counts (or limits) in the current calendar 10 s and UTC day (`spec/rest.md` §6). */
export interface FakeUnfilledOrderCounts {
  readonly tenSeconds: number;
  readonly day: number;
}

/** The default free balances of a new account. */
export const FAKE_SPOT_DEFAULT_BALANCES: Readonly<Record<string, string>> = {
  BTC: '1',
  ETH: '10',
  BNB: '100',
  USDT: '100000',
  LTC: '100',
};

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const TEN_SECONDS_MS = 10_000;
const DAY_MS = 86_400_000;

/**
 * One spot account of the fake exchange: balances, orders, order lists, trades and the rest of
 * what the trading and account handlers read and change. The registry gives each API key its
 * own account; a test reads it, or moves the market, through the hooks below.
 *
 * @remarks
 * All money is exact (`Big`). On a `FakeBinance`, MARKET orders and marketable LIMIT orders
 * take the symbol's order book level by level, and resting LIMIT orders fill as makers when the
 * book moves through their price (see `FakeBinance`); {@link FakeSpotAccount.fillOrder} fills
 * any open order by hand. Members marked internal belong to the handlers.
 * On a `FakeBinance`, every change (a request, `fillOrder`, `adjustBalance`) reaches the
 * account's User Data Stream subscriptions as events (`spec/user-data.md` §2).
 *
 * @example
 * ```ts
 * import { FakeSpotAccount } from 'binance-rx/testing';
 * const account = new FakeSpotAccount({ balances: { BTC: '2', USDT: '50000' } });
 * account.balance('BTC').free.toString(); // '2'
 * ```
 */
export class FakeSpotAccount {
  /** @internal */
  readonly funds: FakeSpotBalances;
  /** @internal Every order by id. */
  readonly orderMap = new Map<number, FakeSpotOrder>();
  /** @internal Every order list by id. */
  readonly listMap = new Map<number, FakeSpotOrderList>();
  /** @internal Trades, oldest first. */
  readonly tradeLog: FakeSpotTrade[] = [];
  /** @internal SOR allocations, oldest first. */
  readonly allocationLog: FakeSpotAllocation[] = [];
  /** @internal Amendments, oldest first. */
  readonly amendmentLog: FakeSpotAmendment[] = [];
  /** @internal Prevented matches: always empty, as the accounts' own orders are not in the book they trade against. */
  readonly preventedMatchLog: readonly WireObject[] = [];
  /** @internal */
  readonly commissionRates: Readonly<Record<'maker' | 'taker' | 'buyer' | 'seller', Big>>;
  /** `uid` of `account.status`. */
  readonly uid: number;
  /** The ORDERS limits `order.cancelReplace` checks {@link FakeSpotAccount.unfilledOrderCounts} against. */
  readonly orderLimits: FakeUnfilledOrderCounts;
  /** @internal Last balance change (`updateTime` of `account.status`). */
  updateTime = 0;
  /** @internal The server time of the last request, the clock of the test hooks. */
  lastServerTime = 0;
  /**
   * The account's unfilled-order counts at a server time. By default counted by the account
   * itself from its successful order placements; the transport may replace it with its own
   * counters so `account.rateLimits.orders` and `order.cancelReplace` see the same numbers.
   */
  unfilledOrderCounts: (serverTime: number) => FakeUnfilledOrderCounts;
  /**
   * @internal Where the account's User Data Stream events go (set by the fake for each account
   * it makes); without it, or while nobody listens, changes cause no events.
   */
  userEvents: FakeUserEventSink | undefined;
  /**
   * @internal The book and last price of a symbol, where orders activated by a fill (an OTO's
   * pending orders) trade; set by the fake for each account it makes. Without it, such orders
   * trade at the fill's price.
   */
  liquidityOf: ((symbol: string) => FakeSpotLiquidity) | undefined;
  readonly #random: () => number;
  #tracking = false;
  #nextReportExecutionId = 1;
  readonly #orderEvents: { time: number; count: number }[] = [];
  #nextOrderId = 1;
  #nextOrderListId = 1;
  #nextTradeId = 1;
  #nextExecutionId = 1;
  #nextAllocationId = 0;

  /**
   * @param options - balances, commission rates, uid, seed, order limits
   * @throws {@link ConfigError} on a balance or rate that is not a decimal ≥ 0
   */
  constructor(options: FakeSpotAccountOptions = {}) {
    this.funds = new FakeSpotBalances(options.balances ?? FAKE_SPOT_DEFAULT_BALANCES);
    const rates = { maker: '0.001', taker: '0.001', buyer: '0', seller: '0', ...options.commissionRates };
    this.commissionRates = {
      maker: rate(rates.maker, 'maker'),
      taker: rate(rates.taker, 'taker'),
      buyer: rate(rates.buyer, 'buyer'),
      seller: rate(rates.seller, 'seller'),
    };
    this.uid = options.uid ?? 1;
    this.#random = seededRandom(options.seed ?? 1);
    this.orderLimits = { tenSeconds: 50, day: 160_000, ...options.orderLimits };
    this.unfilledOrderCounts = (serverTime) => this.#countOrders(serverTime);
  }

  /** Every asset's balance (`free` and `locked`, exact), in first-seen order. */
  get balances(): Readonly<Record<string, FakeSpotBalance>> {
    return Object.fromEntries(this.funds.entries());
  }

  /**
   * One asset's balance.
   *
   * @param asset - e.g. `'USDT'`
   * @returns free and locked amounts (zero for an asset never held)
   */
  balance(asset: string): FakeSpotBalance {
    return this.funds.get(asset);
  }

  /** Every order as `order.status` shows it, oldest first. */
  get orders(): readonly WireObject[] {
    return [...this.orderMap.values()].map(orderStatusView);
  }

  /** Every trade as `myTrades` shows it, oldest first (SOR fills are allocations, not trades). */
  get trades(): readonly WireObject[] {
    return this.tradeLog.map(tradeView);
  }

  /**
   * Fills a resting order, as if the market traded against it: moves the balances, records a
   * trade with maker commission, and runs the order list's rules (an OCO's other leg expires,
   * an OTO's pending orders go live once the working order is filled).
   *
   * @param orderId - an open order of this account
   * @param price - the fill price (default: the limit price, else the stop price)
   * @param qty - how much fills (default: all that is left)
   * @param time - when (default: the server time of the last request)
   * @returns the order as `order.status` shows it afterwards
   * @throws {@link ConfigError} when the order is not open, or the price, quantity or funds do not fit
   */
  fillOrder(orderId: number, price?: string | Big, qty?: string | Big, time?: number): WireObject {
    const order = this.orderMap.get(orderId);
    if (order === undefined || order.status === 'PENDING_NEW' || !isOpenOrder(order)) {
      throw new ConfigError(`Order ${orderId} is not an open order of this account.`, 'orderId');
    }
    const fillPrice = price === undefined ? defaultFillPrice(order) : decimal(price, 'price');
    const left = order.origQty.minus(order.executedQty);
    const fillQty = qty === undefined ? left : decimal(qty, 'qty');
    if (fillQty.lte(0) || fillQty.gt(left)) {
      throw new ConfigError(`Fill quantity must be > 0 and ≤ ${left.toString()}, got ${fillQty.toString()}.`, 'qty');
    }
    const at = time ?? this.lastServerTime;
    this.track(at, () => fillRestingOrder(this, order, fillPrice, fillQty, at));
    return orderStatusView(order);
  }

  /**
   * Credits (or, with a negative delta, debits) an asset's free balance, as a deposit,
   * withdrawal or transfer would: its User Data Stream subscriptions get a `balanceUpdate`, then
   * an `outboundAccountPosition` (`spec/user-data.md` §2).
   *
   * @param asset - e.g. `'USDT'`
   * @param delta - an exact decimal, e.g. `'100'` or `'-0.5'`
   * @param time - the `balanceUpdate`'s clear time `T` and event time `E` (default: the server
   * time of the last request)
   * @returns the asset's balance afterwards
   * @throws {@link ConfigError} when `delta` is not a decimal or the free balance would go below 0
   *
   * @example
   * ```ts
   * import { FakeSpotAccount } from 'binance-rx/testing';
   * const account = new FakeSpotAccount({ balances: { USDT: '10' } });
   * account.adjustBalance('USDT', '-2.5').free.toString(); // '7.5'
   * ```
   */
  adjustBalance(asset: string, delta: string | Big, time?: number): FakeSpotBalance {
    const amount = decimal(delta, 'delta');
    const free = this.funds.get(asset).free;
    if (free.plus(amount).lt(0)) throw new ConfigError(`${asset} has ${free.toString()} free; cannot take ${amount.abs().toString()}.`, 'delta');
    const at = time ?? this.lastServerTime;
    const update: FakeUserEvent = { e: 'balanceUpdate', E: at, a: asset, d: dec(amount), T: at };
    this.track(
      at,
      () => {
        this.funds.addFree(asset, amount);
        this.updateTime = at;
      },
      [update],
    );
    return this.funds.get(asset);
  }

  /**
   * @internal Runs a change of the account and sends the User Data Stream events it caused
   * (`account-user-events.ts`), after `leading` ones, to the account's subscriptions. Costs
   * nothing while nobody listens; nested calls report once, from the outermost.
   *
   * @param time - the event time `E`
   * @param change - the change (a handler, a fill)
   * @param leading - events to send before the computed ones (e.g. `balanceUpdate`)
   * @returns what `change` returns
   */
  track<T>(time: number, change: () => T, leading: readonly FakeUserEvent[] = []): T {
    const sink = this.userEvents;
    if (sink === undefined || this.#tracking || !sink.listening) return change();
    const before = accountSnapshot(this);
    this.#tracking = true;
    try {
      return change();
    } finally {
      this.#tracking = false;
      // A handler may fail after changing the account: what changed is reported all the same.
      const events = [...leading, ...accountUserEvents(this, before, time)];
      if (events.length > 0) sink.publish(events);
    }
  }

  /** @internal A new executionReport execution id `I` (increasing). */
  nextReportExecutionId(): number {
    return this.#nextReportExecutionId++;
  }

  /**
   * @internal The id the next accepted order gets (`offset` further on for the later orders of
   * a list). Ids are only taken by {@link FakeSpotAccount.takeIds}, so rejected orders leave no gap.
   */
  peekOrderId(offset = 0): number {
    return this.#nextOrderId + offset;
  }

  /** @internal The id the next accepted order list gets. */
  peekOrderListId(): number {
    return this.#nextOrderListId;
  }

  /** @internal Takes the peeked ids of `orders` accepted orders (and of one list, if `list`). */
  takeIds(orders: number, list = false): void {
    this.#nextOrderId += orders;
    if (list) this.#nextOrderListId++;
  }

  /** @internal A new trade id (increasing). */
  nextTradeId(): number {
    return this.#nextTradeId++;
  }

  /** @internal A new amendment execution id (increasing). */
  nextExecutionId(): number {
    return this.#nextExecutionId++;
  }

  /** @internal A new SOR allocation id (increasing from 0, as Binance's examples). */
  nextAllocationId(): number {
    return this.#nextAllocationId++;
  }

  /** @internal A client order id like Binance's generated ones: 22 letters and digits. */
  newClientOrderId(): string {
    let id = '';
    for (let i = 0; i < 22; i++) id += ALNUM.charAt(Math.floor(this.#random() * ALNUM.length));
    return id;
  }

  /** @internal The orders of a list, in report order. */
  ordersOf(list: FakeSpotOrderList): FakeSpotOrder[] {
    return list.orderIds.flatMap((id) => this.orderMap.get(id) ?? []);
  }

  /** @internal Counts `count` new orders toward the ORDERS limits at `time`. */
  recordOrders(count: number, time: number): void {
    const dayStart = Math.floor(time / DAY_MS) * DAY_MS;
    while ((this.#orderEvents[0]?.time ?? dayStart) < dayStart) this.#orderEvents.shift();
    this.#orderEvents.push({ time, count });
  }

  #countOrders(serverTime: number): FakeUnfilledOrderCounts {
    const window = Math.floor(serverTime / TEN_SECONDS_MS);
    const day = Math.floor(serverTime / DAY_MS);
    let tenSeconds = 0;
    let today = 0;
    for (const event of this.#orderEvents) {
      if (Math.floor(event.time / DAY_MS) === day) today += event.count;
      if (Math.floor(event.time / TEN_SECONDS_MS) === window) tenSeconds += event.count;
    }
    return { tenSeconds, day: today };
  }
}

function decimal(value: string | Big, option: string): Big {
  try {
    return new Big(value);
  } catch (cause: unknown) {
    throw new ConfigError(`${option} must be a decimal, got '${String(value)}'.`, option, { cause });
  }
}

function rate(text: string, name: string): Big {
  try {
    const value = new Big(text);
    if (value.gte(0)) return value;
  } catch {
    // reported below, with the option's name
  }
  throw new ConfigError(`Commission rate ${name} must be a decimal ≥ 0, got '${text}'.`, 'commissionRates');
}

function defaultFillPrice(order: FakeSpotOrder): Big {
  if (order.peggedPrice !== undefined) return order.peggedPrice;
  return order.price.gt(0) ? order.price : (order.stopPrice ?? order.lockPrice);
}
