import Big from 'big.js';
import type { FakeApiContext, FakeApiOutcome, FakeApiRequest } from '../fake-api-types.js';
import { optBool, withParams } from '../fake-params.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { dec, type WireObject } from './fake-spot-order-views.js';
import { accountOf, readSymbol } from './trading-errors.js';

/**
 * The account's own state (`spec/spot-ws-api.md` §6.5): `account.status`,
 * `account.rateLimits.orders`, `account.commission`, `myFilters`.
 *
 * @internal
 */

function begin(request: FakeApiRequest, context: FakeApiContext): FakeSpotAccount {
  const account = accountOf(context);
  account.lastServerTime = request.serverTime;
  return account;
}

/**
 * `account.status` / `GET /api/v3/account` (shape of `spec/spot-ws-api.md` §6.5). Commissions
 * in basis points are the rates × 10000, as Binance's example (rate 0.0015 → 15).
 *
 * @internal
 */
export function handleAccountStatus(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const omitZero = optBool(request.params, 'omitZeroBalances') ?? false;
    const rates = account.commissionRates;
    const bps = (rate: Big): number => rate.times(10_000).round(0, Big.roundDown).toNumber();
    const balances = Object.entries(account.balances)
      .filter(([, balance]) => !omitZero || !balance.free.plus(balance.locked).eq(0))
      .map(([asset, balance]) => ({ asset, free: dec(balance.free), locked: dec(balance.locked) }));
    return {
      result: {
        makerCommission: bps(rates.maker),
        takerCommission: bps(rates.taker),
        buyerCommission: bps(rates.buyer),
        sellerCommission: bps(rates.seller),
        commissionRates: { maker: dec(rates.maker), taker: dec(rates.taker), buyer: dec(rates.buyer), seller: dec(rates.seller) },
        canTrade: true,
        canWithdraw: true,
        canDeposit: true,
        brokered: false,
        requireSelfTradePrevention: false,
        preventSor: false,
        updateTime: account.updateTime,
        accountType: 'SPOT',
        balances,
        permissions: ['SPOT'],
        uid: account.uid,
      },
    };
  });
}

/**
 * `account.rateLimits.orders` / `GET /api/v3/rateLimit/order`: the ORDERS limits with the
 * account's unfilled-order counts (`FakeSpotAccount.unfilledOrderCounts`, which the transport
 * may point at its own counters).
 *
 * @internal
 */
export function handleOrderRateLimits(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const counts = account.unfilledOrderCounts(request.serverTime);
    const limits = account.orderLimits;
    return {
      result: [
        { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: limits.tenSeconds, count: counts.tenSeconds },
        { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: limits.day, count: counts.day },
      ],
    };
  });
}

/**
 * `account.commission` / `GET /api/v3/account/commission` (Binance's account-endpoints "Query
 * Commission Rates" response): standard rates from the account, no special or tax rates, the
 * usual 25% BNB discount.
 *
 * @internal
 */
export function handleCommission(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const { symbol } = readSymbol(request.params, context.market);
    const rates = account.commissionRates;
    const zero = dec(new Big(0));
    const none: WireObject = { maker: zero, taker: zero, buyer: zero, seller: zero };
    return {
      result: {
        symbol,
        standardCommission: { maker: dec(rates.maker), taker: dec(rates.taker), buyer: dec(rates.buyer), seller: dec(rates.seller) },
        specialCommission: none,
        taxCommission: none,
        discount: { enabledForAccount: true, enabledForSymbol: true, discountAsset: 'BNB', discount: dec(new Big('0.25')) },
      },
    };
  });
}

/**
 * `myFilters` / `GET /api/v3/myFilters` (Binance's account-endpoints "Query relevant filters"
 * response): the exchange and symbol order-count filters, no asset filters.
 *
 * @internal
 */
export function handleMyFilters(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    begin(request, context);
    readSymbol(request.params, context.market);
    return {
      result: {
        exchangeFilters: [{ filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: 1000 }],
        symbolFilters: [{ filterType: 'MAX_NUM_ORDER_LISTS', maxNumOrderLists: 20 }],
        assetFilters: [],
      },
    };
  });
}
