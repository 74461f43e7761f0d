import * as t from 'io-ts';
import type { RequestSpec } from './request-spec.js';
import { SecurityType } from './security-type.js';

const ServerTimeBody = t.type({ serverTime: t.number }, 'ServerTime');

/**
 * The server-time request the clock sync sends on either transport (`time`, `GET …/time`).
 *
 * @param name - the WS-API method or REST `VERB /path`
 * @internal
 */
export function serverTimeSpec(name: string): RequestSpec<{ serverTime: number }> {
  return { name, security: SecurityType.None, ordersEffect: false, result: ServerTimeBody };
}
