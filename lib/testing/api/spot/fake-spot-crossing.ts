import type Big from 'big.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { limitOf } from './fake-spot-account-admit.js';
import type { FakeSpotLiquidity } from './fake-spot-liquidity.js';
import { planTaker } from './fake-spot-match.js';
import { isWorkingOrder, type FakeSpotOrder } from './fake-spot-order.js';

/**
 * Fills resting orders when the book moves through their price: the fake's maker side.
 *
 * @remarks
 * After any change of a symbol's book (a live book's update, `setBook`, `setLastPrice`, a
 * trade), every working limit order of the accounts whose price the other side now reaches
 * fills as maker at its own price, level by level, in price-then-time priority across accounts;
 * what it traded leaves the book. Stop and take-profit orders that have not triggered do not
 * take part. Changes made while crossing (the crossing's own takes, orders a fill activates)
 * do not start another pass.
 *
 * @example
 * ```ts
 * const crossing = new RestingOrderCrossing((symbol) => market.liquidity(symbol), () => Date.now());
 * crossing.add(account);
 * market.onChange(({ symbol }) => crossing.cross(symbol));
 * ```
 *
 * @internal
 */
export class RestingOrderCrossing {
  readonly #accounts = new Set<FakeSpotAccount>();
  readonly #liquidityOf: (symbol: string) => FakeSpotLiquidity;
  readonly #now: () => number;
  #crossing = false;

  /**
   * @param liquidityOf - a symbol's book
   * @param now - the server time, the fills' time
   */
  constructor(liquidityOf: (symbol: string) => FakeSpotLiquidity, now: () => number) {
    this.#liquidityOf = liquidityOf;
    this.#now = now;
  }

  /** Takes an account's resting orders into account from now on. */
  add(account: FakeSpotAccount): void {
    this.#accounts.add(account);
  }

  /**
   * Fills every resting order of `symbol` that the book reaches.
   *
   * @param symbol - the symbol whose book changed
   */
  cross(symbol: string): void {
    if (this.#crossing) return;
    const candidates = this.#restingOrders(symbol);
    if (candidates.length === 0) return;
    this.#crossing = true;
    try {
      const liquidity = this.#liquidityOf(symbol);
      const time = this.#now();
      for (const { account, order } of candidates) fillWhatCrosses(account, order, liquidity, time);
    } finally {
      this.#crossing = false;
    }
  }

  /** Working limit orders of the symbol, best price first, then oldest first, per side. */
  #restingOrders(symbol: string): { readonly account: FakeSpotAccount; readonly order: FakeSpotOrder }[] {
    const found: { account: FakeSpotAccount; order: FakeSpotOrder; limit: Big }[] = [];
    for (const account of this.#accounts) {
      for (const order of account.orderMap.values()) {
        if (order.symbol !== symbol || !isWorkingOrder(order) || order.workingTime === -1) continue;
        const limit = limitOf(order);
        if (limit === undefined || limit.lte(0)) continue;
        found.push({ account, order, limit });
      }
    }
    return found.sort((a, b) => {
      if (a.order.side !== b.order.side) return a.order.side === 'BUY' ? -1 : 1;
      const byPrice = a.order.side === 'BUY' ? b.limit.cmp(a.limit) : a.limit.cmp(b.limit);
      return byPrice !== 0 ? byPrice : a.order.workingTime - b.order.workingTime || a.order.orderId - b.order.orderId;
    });
  }
}

function fillWhatCrosses(account: FakeSpotAccount, order: FakeSpotOrder, liquidity: FakeSpotLiquidity, time: number): void {
  // an earlier fill in this pass may have closed it (an OCO partner)
  if (!isWorkingOrder(order)) return;
  const limit = limitOf(order) as Big;
  const plan = planTaker(liquidity, order.side, limit, { qty: order.origQty.minus(order.executedQty) });
  if (plan.takes.length === 0) return;
  // the resting order is the maker: it trades at its own price
  const takes = plan.takes.map((take) => ({ ...take, price: limit }));
  for (const take of takes) account.fillOrder(order.orderId, take.price, take.qty, time);
  liquidity.take(order.side, takes, time, true);
}
