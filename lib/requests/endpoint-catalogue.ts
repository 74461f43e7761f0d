import type { Endpoint, HttpVerb } from './endpoint.js';

/** Any endpoint, whatever its params and result. @internal */
export type AnyEndpoint = Endpoint<never, unknown>;

/**
 * A market's typed endpoints by WebSocket-API method and by REST route, so that the escape
 * hatches (`request()`, `get/post/put/delete()`) charge the rate limits what the typed methods
 * would (Binance's weight catalogue), not a flat 1.
 *
 * @internal
 */
export class EndpointCatalogue {
  readonly #byMethod = new Map<string, AnyEndpoint>();
  readonly #byRoute = new Map<string, AnyEndpoint>();

  /** @param endpoints - the market's endpoints; the first of several forms of one method wins (their weights agree) */
  constructor(endpoints: Iterable<AnyEndpoint>) {
    for (const endpoint of endpoints) {
      if (!this.#byMethod.has(endpoint.wsApi)) this.#byMethod.set(endpoint.wsApi, endpoint);
      if (endpoint.rest !== undefined) {
        const route = routeKey(endpoint.rest[0], endpoint.rest[1]);
        if (!this.#byRoute.has(route)) this.#byRoute.set(route, endpoint);
      }
    }
  }

  /** The endpoint of a WebSocket-API method, e.g. `'depth'`. */
  byMethod(method: string): AnyEndpoint | undefined {
    return this.#byMethod.get(method);
  }

  /** The endpoint of a REST route, e.g. `GET /api/v3/depth` (a full URL or a query is allowed). */
  byRoute(verb: HttpVerb, path: string): AnyEndpoint | undefined {
    const bare = path.replace(/^https?:\/\/[^/]+/i, '').split('?', 1)[0] ?? path;
    return this.#byRoute.get(routeKey(verb, bare));
  }
}

function routeKey(verb: HttpVerb, path: string): string {
  return `${verb} ${path}`;
}
