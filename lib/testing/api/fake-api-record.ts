/**
 * What the fake answered to a request, as recorded in {@link FakeApiRecord}.
 */
export interface FakeApiResponseRecord {
  /** The HTTP status, or the `status` of the WS-API envelope. */
  readonly status: number;
  /**
   * The body: over the WebSocket API the whole envelope (`{id, status, result|error, rateLimits?}`)
   * as a JSON value; over REST the JSON value of the body, or its text when it is not JSON.
   */
  readonly body: unknown;
  /** REST response headers (as sent, e.g. `X-MBX-USED-WEIGHT-1M`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One request that reached the fake's WebSocket API or REST, with what became of it.
 *
 * @remarks
 * Recorded once its fate is known: answered (now or, for a scripted delay, later), swallowed
 * (`noAnswer`) or dropped. WS-API frames that are not a request (bad JSON, bad `id`) are recorded
 * too, without `method`.
 */
export interface FakeApiRecord {
  /** Arrival time (epoch ms, the machine's clock). */
  readonly at: number;
  readonly transport: 'ws' | 'rest';
  /** WS-API: the connection's id, e.g. `'ws-api-1'`. */
  readonly connectionId?: string;
  /** WS-API: the request `id` as sent (a string of digits beyond 2^53). */
  readonly id?: number | string | null;
  /** The WS-API method as sent (e.g. `'order.place'`), or `'<VERB> <path>'` over REST. */
  readonly method?: string;
  /**
   * The params exactly as received, `apiKey` and `signature` included: JSON values over the
   * WebSocket API; percent-decoded strings over REST (query wins over body on duplicates).
   */
  readonly params?: Readonly<Record<string, unknown>>;
  /** REST: the request headers, names lower-cased. */
  readonly headers?: Readonly<Record<string, string>>;
  /** REST: the query string as received (without `?`). */
  readonly rawQuery?: string;
  /** REST: the body as received (UTF-8). */
  readonly rawBody?: string;
  /** WS-API: the text frame as received. */
  readonly rawText?: string;
  /** Whether a scripted reply (see `scriptApi`) decided the fate. */
  readonly scripted: boolean;
  /** `'answered'`, `'noAnswer'` (swallowed) or `'dropped'` (connection or socket destroyed). */
  readonly fate: 'answered' | 'noAnswer' | 'dropped';
  /** What was answered, when something was. */
  readonly response?: FakeApiResponseRecord;
}
