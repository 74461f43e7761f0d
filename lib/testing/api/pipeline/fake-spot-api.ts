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
import { exchangeRateLimits, type FakeExchangeRateLimit } from '../limits/exchange-rate-limits.js';
import { FakeIpBan } from '../limits/fake-ip-ban.js';
import { FakeRefusalTally } from '../limits/fake-rate-limit-refusals.js';
import { FakeRateLimiter } from '../limits/fake-rate-limiter.js';
import { intervalText } from '../limits/rate-limit-interval.js';
import type { FakeApiScriptReply } from '../scripts/fake-api-script.js';
import { FakeApiScripts } from '../scripts/fake-api-scripts.js';
import type { FakeUserEventSink } from '../user-streams/fake-user-event.js';
import { FakeUserStreams } from '../user-streams/fake-user-streams.js';
import type { FakeApiAnswer, FakeApiCall, FakeApiDecision } from './fake-api-answer.js';
import { bannedAnswer, refusalAnswer, withWeightHeaders } from './limit-answers.js';

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
   * Makes the account of a newly named account (`FakeSpotAccount`), given its name, its ORDERS
   * counts as the rate limiter keeps them (ms of the server clock in, counts out), and the sink
   * its User Data Stream events go to.
   */
  readonly createAccount: (name: string, orderCounts: FakeAccountOrderCounts, userEvents: FakeUserEventSink) => unknown;
}

/**
 * The request pipeline shared by the fake's WebSocket API and REST: IP ban, weight,
 * authentication, scripted replies, ORDERS limits, the handler, and the accounting after it;
 * plus the state behind it (keys, accounts, clock, limits, ban, refusal counts, log).
 *
 * @remarks
 * `process` is synchronous; transports render its decision. Transports first call `screenIp`
 * (418 while the IP is banned, before any other check), then `process`, whose steps are, in
 * order: REQUEST_WEIGHT (429 -1003), authentication, a scripted reply, ORDERS (429 -1015), the
 * handler.
 *
 * @internal
 */
export class FakeSpotApi {
  readonly limits: FakeSpotApiLimits;
  readonly registry: FakeApiRegistry;
  readonly keys: FakeApiKeyStore;
  readonly clock: FakeApiClock;
  readonly limiter: FakeRateLimiter;
  readonly ipBan: FakeIpBan;
  /** The fake's own 429 / 418 answers since start or `resetRateLimits()`. */
  readonly refusals = new FakeRefusalTally();
  readonly scripts = new FakeApiScripts();
  /** The User Data Stream subscriptions of every WS-API connection. */
  readonly userStreams: FakeUserStreams;
  readonly market: FakeSpotMarketView;
  readonly #createAccount: FakeSpotApiConfig['createAccount'];
  readonly #accounts = new Map<string, unknown>();
  readonly #exchangeRateLimits: readonly FakeExchangeRateLimit[];
  readonly #log: BoundedLog<FakeApiRecord>;
  readonly #recordSubject$ = new Subject<FakeApiRecord>();
  /** Each request once its fate is known. */
  readonly record$: Observable<FakeApiRecord> = this.#recordSubject$.asObservable();

  /**
   * @param config - limits, endpoints, market and account factory
   * @param keys - the key store (shared with the `session.*` handlers)
   * @param userStreams - the User Data Stream subscriptions (shared with the `session.*` and
   * `userDataStream.*` handlers), whose clock becomes the pipeline's; new ones by default
   * @throws {@link ConfigError} when two endpoints claim one REST route
   */
  constructor(config: FakeSpotApiConfig, keys = new FakeApiKeyStore(), userStreams?: FakeUserStreams) {
    this.keys = keys;
    this.clock = userStreams?.clock ?? new FakeApiClock();
    this.userStreams = userStreams ?? new FakeUserStreams(this.clock, config.limits.maxUserStreamSubscriptionIds);
    this.limits = config.limits;
    this.registry = new FakeApiRegistry(config.endpoints);
    this.limiter = new FakeRateLimiter(config.limits);
    this.ipBan = new FakeIpBan({ escalate: config.limits.escalateToBan, banMs: config.limits.banMs });
    this.#exchangeRateLimits = exchangeRateLimits(config.limits);
    this.market = config.market;
    this.#createAccount = config.createAccount;
    this.#log = new BoundedLog(config.limits.apiLogLimit);
  }

  /** Registers a key, creating its account unless it shares an existing one. */
  addApiKey(options: FakeApiKeyOptions): FakeApiKeyInfo {
    const info = this.keys.add(options);
    const name = info.account;
    if (!this.#accounts.has(name)) {
      const orderCounts: FakeAccountOrderCounts = (serverTime) => this.limiter.orderCounts(name, serverTime);
      this.#accounts.set(name, this.#createAccount(name, orderCounts, this.userStreams.sinkFor(name)));
    }
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
   * Screens a request (or connection attempt) for the IP ban before anything else: a banned IP
   * gets 418 whatever it sends, and a request before the last weight 429's `retryAfter` starts
   * a ban of `banMs` when `escalateToBan` is on (`spec/rest.md` §4). Counts the 418.
   *
   * @returns the 418 answer, or `undefined` when the request may go on
   */
  screenIp(): FakeApiAnswer | undefined {
    const now = this.clock.now();
    const until = this.ipBan.screen(now);
    if (until === undefined) return undefined;
    this.refusals.note(418);
    return bannedAnswer(now, until, this.limiter.rateLimits(now, undefined));
  }

  /**
   * Bans the IP for `durationMs` of the fake's clock, replacing any ban in force.
   *
   * @returns when the ban ends, epoch ms of the fake's clock
   */
  banIp(durationMs: number): number {
    return this.ipBan.ban(this.clock.now() + durationMs);
  }

  /** Forgets every weight and order count, lifts any ban, zeroes the refusal counts. */
  resetRateLimits(): void {
    this.limiter.reset();
    this.ipBan.lift(this.clock.now());
    this.refusals.reset();
  }

  /**
   * Admits a WebSocket-API connection: the IP ban first, then the 2 weight a connection costs
   * (`spec/spot-ws-api.md` §1).
   *
   * @returns the refusal (418 banned, 429 pool used up), else `undefined`
   */
  admitConnection(): FakeApiAnswer | undefined {
    const banned = this.screenIp();
    if (banned !== undefined) return banned;
    const now = this.clock.now();
    if (!this.limiter.chargeWeight(2, now)) return undefined;
    this.refusals.note(429);
    return this.#weightExceeded(now);
  }

  /** Runs a request through the pipeline (after {@link FakeSpotApi.screenIp}). */
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
      this.refusals.note(429);
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
        explicitOnly: endpoint.explicitCredentials === true,
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
      // Scripted replies are the test's, not the fake's refusals: not counted.
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
        rateLimits: this.#exchangeRateLimits,
        account: account === undefined ? undefined : this.#accounts.get(account),
        ...(call.session === undefined ? {} : { session: call.session }),
      };
      outcome = runHandler(() => endpoint.handle(request, context));
    }
    const ok = !('error' in outcome);
    if (ok && ordersOf !== undefined) this.limiter.countOrder(ordersOf, now);
    if (!ok) failed();
    const delayMs = script !== undefined && 'kind' in script && script.kind === 'delay' ? script.ms : 0;
    const decision = this.#decide(outcome, now, ordersOf, script !== undefined);
    // -1015 (ORDERS) and a handler's own 429 (order.cancelReplace) are the fake's refusals.
    this.refusals.note(decision.answer.status);
    return { ...decision, delayMs };
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

  /** The 429 of a used-up weight pool; notes its `retryAfter` for the ban escalation. */
  #weightExceeded(now: number): FakeApiAnswer {
    const retryAfter = this.limiter.weightWindowEnd(now);
    this.ipBan.tooManyRequests(retryAfter);
    const error = FAKE_API_ERRORS.tooMuchWeight(this.limits.requestWeightPerMinute, intervalText(this.limits.requestWeightInterval, 'text'));
    return refusalAnswer(429, error, now, retryAfter, this.limiter.rateLimits(now, undefined));
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

function withHeaders(decision: FakeApiDecision & { kind: 'answer' }, headers: Readonly<Record<string, string>> | undefined): FakeApiDecision {
  if (headers === undefined) return decision;
  return { ...decision, answer: { ...decision.answer, headers: { ...decision.answer.headers, ...headers } } };
}
