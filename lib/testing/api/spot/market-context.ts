import type { FakeApiContext } from '../fake-api-types.js';
import { FakeSpotMarket } from './fake-spot-market.js';

/**
 * The market behind a handler's context, as the full {@link FakeSpotMarket}: the contract only
 * promises a `FakeSpotMarketView` (what the trading handlers need), but books, histories and
 * reference prices live on the class, and the fake always wires in the `FakeSpotMarket` it
 * built. Checked rather than cast, so a different wiring fails loudly.
 *
 * @param context - the handler's context
 * @returns the market
 * @throws {@link TypeError} if `context.market` is not a `FakeSpotMarket`
 *
 * @internal
 */
export function marketOf(context: FakeApiContext): FakeSpotMarket {
  if (context.market instanceof FakeSpotMarket) return context.market;
  throw new TypeError('the spot market-data handlers need a FakeSpotMarket as context.market');
}
