import type { FakeUserEvent } from './fake-user-event.js';
import type { FakeUserStreamFilter, FakeUserStreamInfo } from './fake-user-stream-info.js';

/**
 * What a test can do with, and see of, the User Data Streams of the fake's WebSocket API
 * (`spec/user-data.md`, `spec/spot-ws-api.md` §6.6). `FakeBinance` offers it.
 *
 * @remarks
 * Clients subscribe with `userDataStream.subscribe` (after an Ed25519 `session.logon`) or
 * `userDataStream.subscribe.signature` (any key type), one subscription per account per
 * connection, ids 0, 1, … per connection. Every change of an account (orders placed, filled,
 * canceled, expired or amended over the WS-API or REST, `FakeSpotAccount.fillOrder`,
 * {@link FakeUserStreamControls.balanceUpdate}) reaches all of its subscriptions as
 * `{"subscriptionId":N,"event":{…}}`: `executionReport`, `listStatus`,
 * `outboundAccountPosition`, `balanceUpdate`. The subscribe and unsubscribe requests are in
 * `apiRequests` like any other.
 *
 * @example
 * ```ts
 * import { FakeBinance } from 'binance-rx/testing';
 * const fake = await FakeBinance.start();
 * fake.addApiKey({ apiKey: 'A'.repeat(64), apiSecret: 'secret' });
 * // … the code under test subscribes with userDataStream.subscribe.signature …
 * fake.userStreamSubscriptions('A'.repeat(64));                        // 1
 * fake.balanceUpdate('A'.repeat(64), 'USDT', '250');                    // balanceUpdate + outboundAccountPosition
 * fake.pushUserEvent('A'.repeat(64), { e: 'externalLockUpdate', E: fake.serverTime(), a: 'BTC', d: '0.5', T: fake.serverTime() });
 * fake.terminateUserStreams();                                          // eventStreamTerminated to each
 * await fake.stop();
 * ```
 */
export interface FakeUserStreamControls {
  /**
   * How many User Data Stream subscriptions are live: all of them, or an API key's / account's
   * (e.g. to check that two consumers share one subscription).
   *
   * @param apiKeyOrAccount - an API key or account name; all subscriptions when omitted
   * @returns the count
   */
  userStreamSubscriptions(apiKeyOrAccount?: string): number;
  /** The live subscriptions, by connection then id (snapshots). */
  readonly userStreams: readonly FakeUserStreamInfo[];
  /**
   * Ends subscriptions as Binance does: each gets
   * `{"subscriptionId":N,"event":{"e":"eventStreamTerminated","E":<server time>}}`, then no
   * more events; `session.status` says `userDataStream: false` once a connection has none left.
   * The connections stay open (and logged on).
   *
   * @param filter - which ones; all when omitted
   * @returns how many ended
   */
  terminateUserStreams(filter?: FakeUserStreamFilter): number;
  /**
   * Sends any event to an account's subscriptions, in the envelope, e.g. an
   * `externalLockUpdate` or a `balanceUpdate` without moving the balance. Sent as given
   * (timestamps `E`/`T` in ms are converted to µs for `timeUnit=MICROSECOND` connections); the
   * account itself does not change.
   *
   * @param apiKeyOrAccount - a registered API key, or an account name
   * @param event - the payload, e.g. `{ e: 'externalLockUpdate', E: 1581557507324, a: 'NEO', d: '10.00000000', T: 1581557507268 }`
   * @returns how many subscriptions it reached
   * @throws {@link ConfigError} for an unknown key or account, or an event without a string `e`
   */
  pushUserEvent(apiKeyOrAccount: string, event: FakeUserEvent): number;
  /**
   * Credits (negative: debits) the free balance of an asset as a deposit or transfer would, and
   * tells the account's subscriptions: `balanceUpdate` (`d` the delta, 8 decimals; `E` and `T`
   * the server time), then `outboundAccountPosition` with the asset's new balance.
   *
   * @param apiKeyOrAccount - a registered API key, or an account name
   * @param asset - e.g. `'USDT'`
   * @param delta - an exact decimal string, e.g. `'100'` or `'-0.5'`
   * @returns how many subscriptions were told
   * @throws {@link ConfigError} for an unknown key or account, a malformed delta, or a free
   * balance that would go below 0
   */
  balanceUpdate(apiKeyOrAccount: string, asset: string, delta: string): number;
}
