import type { FakeApiContext, FakeApiRequest, FakeEndpoint } from '../fake-api-types.js';
import { withParams } from '../fake-params.js';
import type { FakeSpotMarket } from './fake-spot-market.js';
import { marketOf } from './market-context.js';

/**
 * Builds one public (`NONE`) market-data endpoint: `GET` on REST, the same handler for both
 * transports. The body returns the `result`; Binance errors are thrown with `marketFail` or by
 * the `fake-params.ts` readers and become a 400.
 *
 * @param method - the WebSocket-API method, e.g. `'depth'`
 * @param path - the REST path, e.g. `'/api/v3/depth'`
 * @param weight - a fixed weight, or one computed from the params
 * @param body - computes the result from the request, the market and the handler's context
 * @returns the endpoint
 *
 * @internal
 */
export function marketEndpoint(
  method: string,
  path: string,
  weight: number | ((params: Readonly<Record<string, unknown>>) => number),
  body: (request: FakeApiRequest, market: FakeSpotMarket, context: FakeApiContext) => unknown,
): FakeEndpoint {
  return {
    method,
    rest: ['GET', path],
    security: 'NONE',
    weight: typeof weight === 'number' ? () => weight : weight,
    handle: (request, context) => withParams(() => ({ result: body(request, marketOf(context), context) })),
  };
}
