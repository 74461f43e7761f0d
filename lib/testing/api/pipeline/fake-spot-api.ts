import { Subject, type Observable } from 'rxjs';
import { BoundedLog } from '../../streams/bounded-log.js';
import { authenticate } from '../auth/authenticate.js';
import { FakeApiKeyStore, type FakeApiKeyInfo, type FakeApiKeyOptions } from '../auth/fake-api-keys.js';
import { FakeApiClock } from '../fake-api-clock.js';
import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeSpotApiLimits } from '../fake-api-options.js';
import type { FakeApiRecord } from '../fake-api-record.js';
import { FakeApiRegistry } from '../fake-api-registry.js';
import type { FakeApiError, FakeApiOutcome, FakeEndpoint, FakeSpotMarketView } from '../fake-api-types.js';
import { FakeParamError } from '../fake-params.js';
import { FakeRateLimiter } from '../limits/fake-rate-limiter.js';
import type { FakeApiScriptReply } from '../scripts/fake-api-script.js';
import { FakeApiScripts } from '../scripts/fake-api-scripts.js';
import type { FakeApiAnswer, FakeApiCall, FakeApiDecision } from './fake-api-answer.js';

/**
 * Methods whose successful calls cost 0 request weight since 2026-04-02 (`spec/spot-ws-api.md`
 * §3); failed ones pay their documented weight.
 */
const FREE_ON_SUCCESS = new Set([
  'order.place',
  'sor.order.place',
  'order.cancel',
  'openOrders.cancelAll',
  'order.cancelReplace',
  'orderList.place',
  'orderList.place.oco',
  'orderList.place.oto',
  'orderList.place.otoco',
  'orderList.place.opo',
  'orderList.place.opoco',
  'orderList.cancel',
]);

/**
 * Methods that check the ORDERS limits themselves: `order.cancelReplace` still cancels when
 * `orderRateLimitExceededMode=CANCEL_ONLY` (`spec/spot-ws-api.md` §6.4), so the pipeline must not
 * refuse it up front.
 */
const OWN_ORDER_LIMIT = new Set(['order.cancelReplace']);

/** Params that authentication consumes; handlers never see them (`FakeApiRequest`). */
const AUTH_PARAMS = new Set(['apiKey', 'signature', 'timestamp', 'recvWindow', 'returnRateLimits']);

/** An account's ORDERS counts at a server time, as the rate limiter keeps them. @internal */
export type FakeAccountOrderCounts = (serverTime: number) => { readonly tenSeconds: number; readonly day: number };

/** What builds the fake's spot request servers. @internal */
export interface FakeSpotApiConfig {
  readonly limits: FakeSpotApiLimits;
  readonly endpoints: readonly FakeEndpoint[];
  readonly market: FakeSpotMarketView;
  /**
   * Makes the account of a newly named account (`FakeSpotAccount`), given its name and its
   * ORDERS counts as the rate limiter keeps them (ms of the server clock in, counts out).
   */
  readonly createAccount: (name: string, orderCounts: FakeAccountOrderCounts) => unknown;
}

/**
 * The request pipeline shared by the fake's WebSocket API and REST: weight, authentication,
 * scripted replies, ORDERS limits, the handler, and the accounting after it; plus the state
 * behind it (keys, accounts, clock, limits, log).
 *
 * @remarks
 * `process` is synchronous; transports render its decision. Steps, in order: REQUEST_WEIGHT
 * (429 -1003), authentication, a scripted reply, ORDERS (429 -1015), the handler.
 *
 * @internal
 */
export class FakeSpotApi {
  readonly limits: FakeSpotApiLimits;
  readonly registry: FakeApiRegistry;
  readonly keys: FakeApiKeyStore;
  readonly clock = new FakeApiClock();
  readonly limiter: FakeRateLimiter;
  readonly scripts = new FakeApiScripts();
  readonly market: FakeSpotMarketView;
  readonly #createAccount: FakeSpotApiConfig['createAccount'];
  readonly #accounts = new Map<string, unknown>();
  readonly #log: BoundedLog<FakeApiRecord>;
  readonly #recordSubject$ = new Subject<FakeApiRecord>();
  /** Each request once its fate is known. */
  readonly record$: Observable<FakeApiRecord> = this.#recordSubject$.asObservable();

  /**
   * @param config - limits, endpoints, market and account factory
   * @param keys - the key store (shared with the `session.*` handlers)
   * @throws {@link ConfigError} when two endpoints claim one REST route
   */
  constructor(config: FakeSpotApiConfig, keys = new FakeApiKeyStore()) {
    this.keys = keys;
    this.limits = config.limits;
    this.registry = new FakeApiRegistry(config.endpoints);
    this.limiter = new FakeRateLimiter(config.limits);
    this.market = config.market;
    this.#createAccount = config.createAccount;
    this.#log = new BoundedLog(config.limits.apiLogLimit);
  }

  /** Registers a key, creating its account unless it shares an existing one. */
  addApiKey(options: FakeApiKeyOptions): FakeApiKeyInfo {
    const info = this.keys.add(options);
    const name = info.account;
    if (!this.#accounts.has(name)) this.#accounts.set(name, this.#createAccount(name, (serverTime) => this.limiter.orderCounts(name, serverTime)));
    return info;
  }

  /** The account of an API key, or of an account name. */
  accountOf(apiKeyOrAccount: string): unknown {
    const name = this.keys.get(apiKeyOrAccount)?.info.account ?? apiKeyOrAccount;
    return this.#accounts.get(name);
  }

  /** The records kept, oldest first. */
  get records(): readonly FakeApiRecord[] {
    return this.#log.toArray();
  }

  /** Logs a request's fate. */
  record(entry: FakeApiRecord): void {
    this.#log.push(entry);
    this.#recordSubject$.next(entry);
  }

  /** Completes the record stream (on stop). */
  complete(): void {
    this.scripts.clear();
    this.#recordSubject$.complete();
  }

  /**
   * Charges the 2 weight of a WebSocket-API connection (`spec/spot-ws-api.md` §1).
   *
   * @returns the refusal (429) when the pool is used up, else `undefined`
   */
  admitConnection(): FakeApiAnswer | undefined {
    const now = this.clock.now();
    return this.limiter.chargeWeight(2, now) ? this.#weightExceeded(now) : undefined;
  }

  /** Runs a request through the pipeline. */
  process(call: FakeApiCall): FakeApiDecision {
    const now = this.clock.now();
    const { endpoint } = call;
    const params = Object.fromEntries(Object.entries(call.params).filter(([name]) => !AUTH_PARAMS.has(name)));
    let weight: number;
    try {
      weight = endpoint.weight(params);
    } catch (error: unknown) {
      if (!(error instanceof FakeParamError)) throw error;
      return this.#decide(error.outcome, now, undefined, false);
    }
    const freeOnSuccess = FREE_ON_SUCCESS.has(endpoint.method);
    if (freeOnSuccess ? this.limiter.wouldExceed(weight, now) : this.limiter.chargeWeight(weight, now)) {
      if (freeOnSuccess) this.limiter.chargeWeight(weight, now);
      return { kind: 'answer', answer: this.#weightExceeded(now), delayMs: 0, scripted: false };
    }
    const failed = (): void => {
      if (freeOnSuccess) this.limiter.chargeWeight(weight, now);
    };
    const auth = authenticate(
      {
        security: endpoint.security,
        transport: call.transport,
        apiKey: call.apiKey,
        sessionKey: call.session?.apiKey,
        explicitOnly: endpoint.method === 'session.logon',
        signature: call.signature,
        signatureMisplaced: call.signatureMisplaced,
        payload: call.payload,
        timestamp: call.params['timestamp'],
        recvWindow: call.params['recvWindow'],
      },
      this.keys,
      now,
    );
    if ('error' in auth) {
      failed();
      return this.#decide(auth, now, undefined, false);
    }
    const account = auth.key?.info.account;
    const ordersOf = endpoint.countsOrders === true ? account : undefined;
    const script = this.scripts.take(endpoint.method, call.transport);
    if (script !== undefined && !('kind' in script && script.kind === 'delay')) {
      return this.#scripted(script, now, ordersOf, failed);
    }
    const exhausted = ordersOf === undefined || OWN_ORDER_LIMIT.has(endpoint.method) ? undefined : this.limiter.ordersExhausted(ordersOf, now);
    let outcome: FakeApiOutcome;
    if (exhausted !== undefined) {
      outcome = { status: 429, error: FAKE_API_ERRORS.tooManyOrders(exhausted.limit, exhausted.interval) };
    } else {
      const request = { params, transport: call.transport, apiKey: auth.key?.info.apiKey, serverTime: now };
      const context = {
        market: this.market,
        account: account === undefined ? undefined : this.#accounts.get(account),
        ...(call.session === undefined ? {} : { session: call.session }),
      };
      outcome = runHandler(() => endpoint.handle(request, context));
    }
    const ok = !('error' in outcome);
    if (ok && ordersOf !== undefined) this.limiter.countOrder(ordersOf, now);
    if (!ok) failed();
    const delayMs = script !== undefined && 'kind' in script && script.kind === 'delay' ? script.ms : 0;
    return { ...this.#decide(outcome, now, ordersOf, script !== undefined), delayMs };
  }

  #scripted(reply: FakeApiScriptReply, now: number, ordersOf: string | undefined, failed: () => void): FakeApiDecision {
    if ('kind' in reply) {
      failed();
      // A delay is handled by the normal path; only swallow and drop arrive here.
      return { kind: reply.kind === 'drop' ? 'drop' : 'noAnswer', scripted: true };
    }
    if ('result' in reply) {
      if (ordersOf !== undefined) this.limiter.countOrder(ordersOf, now);
      const decision = this.#decide({ result: reply.result, status: reply.status ?? 200 }, now, ordersOf, true);
      return withHeaders(decision, reply.headers);
    }
    failed();
    const body = 'error' in reply ? { error: reply.error } : { rawBody: reply.rawBody, contentType: reply.contentType ?? 'text/html' };
    const answer: FakeApiAnswer = { status: reply.status, body, rateLimits: this.limiter.rateLimits(now, ordersOf), headers: {} };
    return withHeaders({ kind: 'answer', answer: withWeightHeaders(answer), delayMs: 0, scripted: true }, reply.headers);
  }

  #decide(outcome: FakeApiOutcome | { status: number; error: FakeApiError }, now: number, ordersOf: string | undefined, scripted: boolean): FakeApiDecision & { kind: 'answer' } {
    const rateLimits = this.limiter.rateLimits(now, ordersOf);
    const body = 'error' in outcome ? { error: outcome.error } : { result: outcome.result };
    const answer: FakeApiAnswer = { status: outcome.status ?? 200, body, rateLimits, headers: {} };
    return { kind: 'answer', answer: withWeightHeaders(answer), delayMs: 0, scripted };
  }

  #weightExceeded(now: number): FakeApiAnswer {
    const retryAfter = this.limiter.weightWindowEnd(now);
    const error = FAKE_API_ERRORS.tooMuchWeight(this.limits.requestWeightPerMinute);
    const answer: FakeApiAnswer = {
      status: 429,
      // The WS-API carries serverTime and retryAfter in error.data; REST says it with Retry-After.
      body: { error: { ...error, data: { serverTime: now, retryAfter } }, restError: error },
      rateLimits: this.limiter.rateLimits(now, undefined),
      headers: { 'Retry-After': String(Math.max(1, Math.ceil((retryAfter - now) / 1000))) },
    };
    return withWeightHeaders(answer);
  }
}

/** Runs a handler, turning a param error into its outcome and any other throw into -1000 (HTTP 500). */
function runHandler(handle: () => FakeApiOutcome): FakeApiOutcome {
  try {
    return handle();
  } catch (error: unknown) {
    if (error instanceof FakeParamError) return error.outcome;
    // Translate: a broken handler must not take the server down; the test sees a 500.
    return { status: 500, error: { ...FAKE_API_ERRORS.unknown, data: { handlerError: String(error) } } };
  }
}

/**
 * Adds the REST headers of `spec/rest.md` §3: `X-MBX-USED-WEIGHT-1M` on every response,
 * `X-MBX-ORDER-COUNT-10S` / `-1D` on successful order requests only.
 */
function withWeightHeaders(answer: FakeApiAnswer): FakeApiAnswer {
  const counted = answer.status < 400 ? answer.rateLimits : answer.rateLimits.filter((e) => e.rateLimitType === 'REQUEST_WEIGHT');
  return { ...answer, headers: { ...FakeRateLimiter.headersOf(counted), ...answer.headers } };
}

function withHeaders(decision: FakeApiDecision & { kind: 'answer' }, headers: Readonly<Record<string, string>> | undefined): FakeApiDecision {
  if (headers === undefined) return decision;
  return { ...decision, answer: { ...decision.answer, headers: { ...decision.answer.headers, ...headers } } };
}
