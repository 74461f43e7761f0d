import { ConfigError } from '../errors/config-error.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { Credentials } from '../signing/credentials.js';
import { backoffPolicy, type RetryPolicy } from '../transport/socket/retry-policy.js';
import type { WebSocketCtor } from '../transport/socket/web-socket-like.js';
import type { ClientOptions, TimeUnit } from './client-options.js';
import type { FetchLike, Platform } from './platform.js';

/** A market's defaults: Binance's hosts and limits. @internal */
export interface MarketDefaults {
  readonly restHost: string;
  readonly streamHost: string;
  readonly wsApiHost: string;
}

/** Options after validation, with every default filled in. @internal */
export interface ResolvedOptions {
  readonly credentials: Credentials | undefined;
  readonly restHost: string;
  readonly streamHost: string;
  readonly wsApiHost: string;
  readonly retryPolicy: RetryPolicy;
  readonly streamTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly recvWindowMs: number | undefined;
  readonly timeUnit: TimeUnit;
  readonly maxStreamsPerConnection: number;
  readonly maxConnectionAgeMs: number;
  readonly connectionLingerMs: number;
  readonly webSocket: WebSocketCtor | undefined;
  readonly fetch: FetchLike | undefined;
  readonly rateLimitGuard: boolean;
  /** A limiter shared by the caller, if any. */
  readonly rateLimiter: RateLimiter | undefined;
}

/** Binance's per-connection stream cap (`spec/spot-streams.md` §2, `spec/futures.md` §3). */
export const MAX_STREAMS_PER_CONNECTION = 1024;
/** Binance rejects a larger `recvWindow`. */
export const MAX_RECV_WINDOW_MS = 60_000;
const DEFAULT_MAX_CONNECTION_AGE_MS = 23.5 * 60 * 60 * 1000;

/**
 * Validates client options and fills in defaults.
 *
 * @throws {@link ConfigError} naming the first bad option
 * @internal
 */
export function resolveOptions(options: ClientOptions, market: MarketDefaults, platform: Platform): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new ConfigError('Client options must be an object.');
  const recvWindow = duration(options.recvWindow, 'recvWindow', undefined);
  return {
    credentials: credentials(options.credentials),
    restHost: origin(options.restHost ?? market.restHost, 'restHost', HTTP_SCHEMES),
    streamHost: origin(options.streamHost ?? market.streamHost, 'streamHost', WS_SCHEMES),
    wsApiHost: fullUrl(options.wsApiHost ?? market.wsApiHost, 'wsApiHost'),
    retryPolicy: retryPolicy(options.retryPolicy),
    streamTimeoutMs: positive(duration(options.streamTimeout, 'streamTimeout', 30_000), 'streamTimeout'),
    requestTimeoutMs: positive(duration(options.requestTimeout, 'requestTimeout', 10_000), 'requestTimeout'),
    recvWindowMs: recvWindow === undefined ? undefined : Math.min(recvWindow, MAX_RECV_WINDOW_MS),
    timeUnit: timeUnit(options.timeUnit),
    maxStreamsPerConnection: maxStreams(options.maxStreamsPerConnection),
    maxConnectionAgeMs: positive(duration(options.maxConnectionAge, 'maxConnectionAge', DEFAULT_MAX_CONNECTION_AGE_MS), 'maxConnectionAge'),
    connectionLingerMs: duration(options.connectionLinger, 'connectionLinger', 3000),
    webSocket: implementation(options.webSocket, 'webSocket') ?? platform.webSocket,
    fetch: implementation(options.fetch, 'fetch') ?? platform.fetch,
    rateLimitGuard: flag(options.rateLimitGuard, 'rateLimitGuard', true),
    rateLimiter: limiter(options.rateLimiter),
  };
}

const HTTP_SCHEMES: Readonly<Record<string, string>> = { 'http:': 'http:', 'https:': 'https:', 'ws:': 'http:', 'wss:': 'https:' };
const WS_SCHEMES: Readonly<Record<string, string>> = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' };

/** An origin without a path; the scheme is mapped to the protocol the option serves. */
function origin(value: unknown, option: string, schemes: Readonly<Record<string, string>>): string {
  const url = parseUrl(value, option);
  const scheme = schemes[url.protocol];
  if (scheme === undefined) throw new ConfigError(`${option} must use http, https, ws or wss, got ${JSON.stringify(value)}.`, option);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    throw new ConfigError(`${option} must be an origin without a path or query (the client appends the paths), got ${JSON.stringify(value)}.`, option);
  }
  return `${scheme}//${url.host}`;
}

function fullUrl(value: unknown, option: string): string {
  const url = parseUrl(value, option);
  const scheme = WS_SCHEMES[url.protocol];
  if (scheme === undefined) throw new ConfigError(`${option} must use ws, wss, http or https, got ${JSON.stringify(value)}.`, option);
  return `${scheme}//${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

function parseUrl(value: unknown, option: string): URL {
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigError(`${option} must be a URL string.`, option);
  try {
    return new URL(value.trim());
  } catch (cause) {
    throw new ConfigError(`${option} is not a valid URL: ${JSON.stringify(value)}.`, option, { cause });
  }
}

function duration(value: unknown, option: string, fallback: number): number;
function duration(value: unknown, option: string, fallback: undefined): number | undefined;
function duration(value: unknown, option: string, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigError(`${option} must be a finite, non-negative number of milliseconds, got ${JSON.stringify(value)}.`, option);
  }
  return value;
}

function positive(value: number, option: string): number {
  if (value <= 0) throw new ConfigError(`${option} must be greater than 0.`, option);
  return value;
}

function timeUnit(value: unknown): TimeUnit {
  if (value === undefined) return 'millisecond';
  if (value === 'millisecond' || value === 'microsecond') return value;
  throw new ConfigError(`timeUnit must be 'millisecond' or 'microsecond', got ${JSON.stringify(value)}.`, 'timeUnit');
}

function maxStreams(value: unknown): number {
  if (value === undefined) return MAX_STREAMS_PER_CONNECTION;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_STREAMS_PER_CONNECTION) {
    throw new ConfigError(`maxStreamsPerConnection must be an integer from 1 to ${MAX_STREAMS_PER_CONNECTION}, got ${JSON.stringify(value)}.`, 'maxStreamsPerConnection');
  }
  return value;
}

function retryPolicy(value: unknown): RetryPolicy {
  if (value === undefined) return backoffPolicy();
  if (typeof value !== 'function') throw new ConfigError('retryPolicy must be a function.', 'retryPolicy');
  return value as RetryPolicy;
}

function credentials(value: unknown): Credentials | undefined {
  if (value === undefined || value instanceof Credentials) return value;
  throw new ConfigError('credentials must be a Credentials instance: new Credentials({ apiKey, apiSecret }) or new Credentials({ apiKey, privateKey }).', 'credentials');
}

function implementation<T>(value: T | undefined, option: string): T | undefined {
  if (value === undefined || typeof value === 'function') return value;
  throw new ConfigError(`${option} must be a constructor or function.`, option);
}

function flag(value: unknown, option: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new ConfigError(`${option} must be true or false, got ${JSON.stringify(value)}.`, option);
}

function limiter(value: unknown): RateLimiter | undefined {
  if (value === undefined || value instanceof RateLimiter) return value;
  throw new ConfigError('rateLimiter must be a RateLimiter, e.g. another client\'s `rateLimiter`.', 'rateLimiter');
}
