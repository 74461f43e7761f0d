// Params of the Spot general requests (spot-ws-api.md §6.1). Types only: the client sends them
// as given (symbols as JSON arrays over the WebSocket API).

/**
 * The params of a request that takes none (`ping`, `time`).
 *
 * @example
 * ```ts
 * const none: EmptyParams = {};
 * ```
 */
export type EmptyParams = { readonly [key: string]: never };

/** The params of `ping` (none). */
export type PingParams = EmptyParams;

/** The params of `time` (none). */
export type ServerTimeParams = EmptyParams;

/**
 * A symbol trading status to filter by (`symbolStatus`): Binance accepts `TRADING`, `HALT` and
 * `BREAK` here (spot-ws-api.md §6.1–6.2). With one `symbol`, a mismatch is error `-1220`;
 * with several, non-matching symbols are left out.
 *
 * @example
 * ```ts
 * const status: SymbolStatusFilter = 'TRADING';
 * ```
 */
export type SymbolStatusFilter = 'TRADING' | 'HALT' | 'BREAK';

/**
 * The params of `exchangeInfo`: at most one of `symbol`, `symbols` and `permissions`;
 * `symbolStatus` not with `symbol`/`symbols` (spot-ws-api.md §6.1). Without any, Binance lists
 * the symbols with `SPOT`, `MARGIN` or `LEVERAGED` permission.
 *
 * @example
 * ```ts
 * const one: ExchangeInfoParams = { symbol: 'BTCUSDT' };
 * const trading: ExchangeInfoParams = { permissions: ['SPOT'], symbolStatus: 'TRADING' };
 * ```
 */
export type ExchangeInfoParams = {
  /** Whether `permissionSets` is filled in (default `true`). */
  readonly showPermissionSets?: boolean;
} & (
  | {
      readonly symbol: string;
      readonly symbols?: never;
      readonly permissions?: never;
      readonly symbolStatus?: never;
    }
  | {
      readonly symbols: readonly string[];
      readonly symbol?: never;
      readonly permissions?: never;
      readonly symbolStatus?: never;
    }
  | {
      /** One permission (e.g. `'SPOT'`) or several. */
      readonly permissions?: string | readonly string[];
      readonly symbolStatus?: SymbolStatusFilter;
      readonly symbol?: never;
      readonly symbols?: never;
    }
);

/**
 * The params of `executionRules` (added 2026-03-09): one of `symbol`, `symbols` or
 * `symbolStatus`, or none for every symbol; Binance allows no combination.
 *
 * @example
 * ```ts
 * const params: ExecutionRulesParams = { symbols: ['BTCUSDT', 'BNBBTC'] };
 * ```
 */
export type ExecutionRulesParams =
  | { readonly symbol: string; readonly symbols?: never; readonly symbolStatus?: never }
  | { readonly symbols: readonly string[]; readonly symbol?: never; readonly symbolStatus?: never }
  | { readonly symbolStatus?: SymbolStatusFilter; readonly symbol?: never; readonly symbols?: never };
