import type { FakeApiError, FakeApiSession, FakeEndpoint } from '../fake-api-types.js';
import type { FakeRateLimitEntry } from '../limits/fake-rate-limiter.js';

/** A request as the pipeline sees it, from either transport. @internal */
export interface FakeApiCall {
  readonly transport: 'ws' | 'rest';
  readonly endpoint: FakeEndpoint;
  /** The params as received (`apiKey`, `signature`, `timestamp`, … included). */
  readonly params: Readonly<Record<string, unknown>>;
  /** `X-MBX-APIKEY` over REST, the `apiKey` param over the WebSocket API. */
  readonly apiKey: string | undefined;
  /** The `signature` param, percent-decoded. */
  readonly signature: string | undefined;
  /** REST: a `signature` that is not the last param. */
  readonly signatureMisplaced: boolean;
  /** The signed bytes: raw query + body over REST, sorted params over the WebSocket API. */
  readonly payload: () => Buffer;
  /** The WebSocket-API connection; absent over REST. */
  readonly session: FakeApiSession | undefined;
}

/** The body of an answer. @internal */
export type FakeApiAnswerBody =
  | { readonly result: unknown }
  | {
      readonly error: FakeApiError;
      /** REST's body when it differs (rate-limit errors carry `data` over the WebSocket API only). */
      readonly restError?: FakeApiError;
    }
  | { readonly rawBody: string; readonly contentType: string };

/** An answer, for either transport to render. @internal */
export interface FakeApiAnswer {
  readonly status: number;
  readonly body: FakeApiAnswerBody;
  /** The limits this request affected (WS-API `rateLimits`). */
  readonly rateLimits: readonly FakeRateLimitEntry[];
  /** REST headers: `X-MBX-USED-WEIGHT-1M`, `X-MBX-ORDER-COUNT-*`, `Retry-After`, scripted ones. */
  readonly headers: Readonly<Record<string, string>>;
}

/** What becomes of a request. @internal */
export type FakeApiDecision =
  | {
      readonly kind: 'answer';
      readonly answer: FakeApiAnswer;
      /** Send it this much later (scripted delay), 0 for now. */
      readonly delayMs: number;
      readonly scripted: boolean;
    }
  | { readonly kind: 'noAnswer' | 'drop'; readonly scripted: true };
