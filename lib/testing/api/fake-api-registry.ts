import { ConfigError } from '../../errors/config-error.js';
import type { FakeEndpoint } from './fake-api-types.js';

/** A REST verb the fake serves. @internal */
export type FakeRestVerb = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * The endpoints of the fake's request servers, found by WebSocket-API method (`order.place`) or
 * by REST verb and path (`POST /api/v3/order`).
 *
 * @remarks
 * A later endpoint with the same method replaces an earlier one, so a test can override a
 * built-in handler; two different methods claiming one REST route is a configuration error.
 *
 * @internal
 */
export class FakeApiRegistry {
  readonly #byMethod = new Map<string, FakeEndpoint>();
  readonly #byRest = new Map<string, FakeEndpoint>();

  /**
   * @param endpoints - the endpoints, later ones overriding earlier ones of the same method
   * @throws {@link ConfigError} when two methods share a REST route
   */
  constructor(endpoints: readonly FakeEndpoint[]) {
    for (const endpoint of endpoints) this.#byMethod.set(endpoint.method, endpoint);
    for (const endpoint of this.#byMethod.values()) {
      if (endpoint.rest === undefined) continue;
      const key = restKey(endpoint.rest[0], endpoint.rest[1]);
      const other = this.#byRest.get(key);
      if (other !== undefined) {
        throw new ConfigError(`${other.method} and ${endpoint.method} both serve ${key}.`, 'endpoints');
      }
      this.#byRest.set(key, endpoint);
    }
  }

  /** Every endpoint, one per method. */
  get endpoints(): readonly FakeEndpoint[] {
    return [...this.#byMethod.values()];
  }

  /** The endpoint of a WebSocket-API method, e.g. `'order.place'`. */
  byMethod(method: string): FakeEndpoint | undefined {
    return this.#byMethod.get(method);
  }

  /** The endpoint of a REST route, e.g. `('POST', '/api/v3/order')`. */
  byRest(verb: string, path: string): FakeEndpoint | undefined {
    return this.#byRest.get(restKey(verb, path));
  }

  /**
   * Finds an endpoint by either name.
   *
   * @param name - a method (`'order.place'`) or a REST route (`'POST /api/v3/order'`)
   * @returns the endpoint, if any
   */
  resolve(name: string): FakeEndpoint | undefined {
    const space = name.indexOf(' ');
    if (space > 0) return this.byRest(name.slice(0, space), name.slice(space + 1).trim());
    return this.byMethod(name);
  }
}

function restKey(verb: string, path: string): string {
  return `${verb.toUpperCase()} ${path}`;
}
