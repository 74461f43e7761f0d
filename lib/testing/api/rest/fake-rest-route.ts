import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute } from '../../http/fake-http-host.js';
import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiRecord } from '../fake-api-record.js';
import type { FakeApiError } from '../fake-api-types.js';
import { FakeRateLimiter } from '../limits/fake-rate-limiter.js';
import type { FakeApiAnswer, FakeApiDecision } from '../pipeline/fake-api-answer.js';
import type { FakeSpotApi } from '../pipeline/fake-spot-api.js';
import { inTimeUnit, parseTimeUnit, type FakeApiTimeUnit } from '../time-unit.js';
import { parseRestParams } from './parse-rest-params.js';

const JSON_TYPE = 'application/json;charset=UTF-8';
/** Bodies above this are refused: no endpoint takes more than a few hundred bytes. */
const MAX_BODY_BYTES = 1 << 20;

/**
 * The spot REST server of the fake exchange (`/api/…` on the HTTP host): params, headers and
 * responses per `spec/rest.md` §2–§5, through the shared {@link FakeSpotApi} pipeline.
 *
 * @remarks
 * JSON responses carry `Content-Type: application/json;charset=UTF-8` and `X-MBX-USED-WEIGHT-1M`
 * (named after `requestWeightInterval`); successful order requests add `X-MBX-ORDER-COUNT-10S` /
 * `-1D`. While the IP is banned every request gets 418 with `Retry-After`, before any other check. An unknown route gets 404 with
 * `{"code":-1,"msg":…}` (fake's choice). `stop()` cancels delayed responses.
 *
 * @internal
 */
export class FakeRestRoute implements HttpRoute {
  readonly #api: FakeSpotApi;
  readonly #pending = new Set<NodeJS.Timeout>();

  /** @param api - the request pipeline */
  constructor(api: FakeSpotApi) {
    this.#api = api;
  }

  matches(pathname: string): boolean {
    return pathname.startsWith('/api/');
  }

  handleRequest(request: IncomingMessage, response: ServerResponse): void {
    const at = Date.now();
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => this.#handle(request, response, at, Buffer.concat(chunks)));
    // A client resetting mid-request must not crash the test process.
    request.on('error', () => undefined);
  }

  /** Cancels delayed responses. */
  stop(): void {
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
  }

  #handle(request: IncomingMessage, response: ServerResponse, at: number, bodyBytes: Buffer): void {
    const target = request.url ?? '/';
    const queryStart = target.indexOf('?');
    const path = queryStart < 0 ? target : target.slice(0, queryStart);
    const rawQuery = queryStart < 0 ? '' : target.slice(queryStart + 1);
    const verb = request.method ?? 'GET';
    const headers = lowerCased(request.headers);
    const base: FakeApiRecord = {
      at,
      transport: 'rest',
      method: `${verb} ${path}`,
      headers,
      rawQuery,
      rawBody: bodyBytes.toString('utf8'),
      scripted: false,
      fate: 'answered',
    };
    // A banned IP gets 418 whatever it sends (spec/rest.md §4).
    const banned = this.#api.screenIp();
    if (banned !== undefined) return this.#settle(request, response, base, { kind: 'answer', answer: banned, delayMs: 0, scripted: false }, 'MILLISECOND');
    const timeUnit = parseTimeUnit(headers['x-mbx-time-unit']);
    if (timeUnit === undefined) return this.#fail(response, base, 400, FAKE_API_ERRORS.invalidTimeUnit);
    const endpoint = this.#api.registry.byRest(verb, path);
    if (endpoint === undefined) return this.#fail(response, base, 404, { code: -1, msg: `Unknown endpoint ${verb} ${path}` });
    // GET params come from the query only (`spec/rest.md` §2).
    const parsed = parseRestParams(rawQuery, verb === 'GET' ? '' : bodyBytes.toString('latin1'));
    if ('code' in parsed) return this.#fail(response, base, 400, parsed);
    const decision = this.#api.process({
      transport: 'rest',
      endpoint,
      params: parsed.params,
      apiKey: headers['x-mbx-apikey'],
      signature: parsed.signature,
      signatureMisplaced: parsed.signatureMisplaced,
      payload: () => parsed.payload,
      session: undefined,
    });
    this.#settle(request, response, { ...base, params: parsed.params, scripted: decision.scripted }, decision, timeUnit);
  }

  #settle(request: IncomingMessage, response: ServerResponse, record: FakeApiRecord, decision: FakeApiDecision, timeUnit: FakeApiTimeUnit): void {
    if (decision.kind !== 'answer') {
      this.#api.record({ ...record, fate: decision.kind === 'drop' ? 'dropped' : 'noAnswer' });
      if (decision.kind === 'drop') request.socket.destroy();
      return;
    }
    const { status, headers, text, body } = render(decision.answer, timeUnit);
    this.#api.record({ ...record, response: { status, body, headers } });
    if (decision.delayMs <= 0) return send(response, status, headers, text);
    const timer = setTimeout(() => {
      this.#pending.delete(timer);
      send(response, status, headers, text);
    }, decision.delayMs);
    this.#pending.add(timer);
  }

  #fail(response: ServerResponse, record: FakeApiRecord, status: number, error: FakeApiError): void {
    const rateLimits = this.#api.limiter.rateLimits(this.#api.clock.now(), undefined);
    const answer: FakeApiAnswer = { status, body: { error }, rateLimits, headers: FakeRateLimiter.headersOf(rateLimits) };
    this.#settle(response.req, response, record, { kind: 'answer', answer, delayMs: 0, scripted: false }, 'MILLISECOND');
  }
}

interface RenderedRest {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
  readonly body: unknown;
}

function render(answer: FakeApiAnswer, timeUnit: FakeApiTimeUnit): RenderedRest {
  const { body } = answer;
  if ('rawBody' in body) {
    return { status: answer.status, headers: { ...answer.headers, 'Content-Type': body.contentType }, text: body.rawBody, body: body.rawBody };
  }
  const value = 'error' in body ? (body.restError ?? body.error) : inTimeUnit(body.result, timeUnit);
  return { status: answer.status, headers: { 'Content-Type': JSON_TYPE, ...answer.headers }, text: JSON.stringify(value) ?? 'null', body: value };
}

function send(response: ServerResponse, status: number, headers: Readonly<Record<string, string>>, text: string): void {
  if (response.destroyed || response.headersSent) return;
  response.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(text)) });
  response.end(text);
}

function lowerCased(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
