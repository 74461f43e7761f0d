import Big from 'big.js';
import { ConfigError } from '../../../errors/config-error.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { afterFill, claimOcoPair } from './fake-spot-account-lists.js';
import { executeFill } from './fake-spot-account-money.js';
import { onePriceLiquidity } from './fake-spot-liquidity.js';
import { isTriggerType, type FakeSpotOrder } from './fake-spot-order.js';

/**
 * Fills a resting order as the market trading against it would (the body of
 * `FakeSpotAccount.fillOrder`): a resting limit order is the maker; a stop or take-profit order
 * first triggers, then takes.
 *
 * @param account - the order's account
 * @param order - an open order, not pending
 * @param price - the fill price
 * @param qty - the filled quantity, at most what is left
 * @param time - when
 * @throws {@link ConfigError} when a BUY filled above its locked price needs more quote than is free
 *
 * @internal
 */
export function fillRestingOrder(account: FakeSpotAccount, order: FakeSpotOrder, price: Big, qty: Big, time: number): void {
  if (order.side === 'BUY' && price.gt(order.lockPrice)) {
    const extra = price.minus(order.lockPrice).times(qty);
    if (!account.funds.hasFree(order.quoteAsset, extra)) {
      throw new ConfigError(`Filling at ${price.toString()} needs ${extra.toString()} ${order.quoteAsset} more than is free.`, 'price');
    }
  }
  claimOcoPair(account, order, time);
  const triggered = isTriggerType(order.type);
  if (triggered && order.workingTime === -1) order.workingTime = time;
  executeFill(account, order, price, qty, !triggered, time);
  // an OTO's pending orders go live against the symbol's book; an account of no exchange
  // has a market of one price, the fill's
  const liquidity = account.liquidityOf?.(order.symbol) ?? onePriceLiquidity(order.symbol, price, ONE_SATOSHI);
  afterFill(account, order, liquidity, time);
}

const ONE_SATOSHI = new Big('0.00000001');
