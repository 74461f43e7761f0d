import type { NoParams } from './account-params.js';

// Wire facts: spec/spot-ws-api.md §6.3. The session methods take no params and are unsigned.

/**
 * Params of `getSessionStatus` (`session.status`): none.
 *
 * @example
 * ```ts
 * const p: GetSessionStatusParams = {};
 * ```
 */
export type GetSessionStatusParams = NoParams;

/**
 * Params of `getSessionSubscriptions` (`session.subscriptions`): none.
 *
 * @example
 * ```ts
 * const p: GetSessionSubscriptionsParams = {};
 * ```
 */
export type GetSessionSubscriptionsParams = NoParams;

/**
 * Params of `sessionLogout` (`session.logout`): none.
 *
 * @example
 * ```ts
 * const p: SessionLogoutParams = {};
 * ```
 */
export type SessionLogoutParams = NoParams;
