// The Spot trading params, one file per idea; this module re-exports them by name so existing
// importers keep working. Wire facts: spec/spot-ws-api.md §6.4 (params).

export type { OrderRef, CancelOrderParams, CancelReplaceOrderParams, AmendOrderParams, CancelAllOrdersParams } from './trading-params-cancel.js';
export type { OrderListParams, CancelOcoParams } from './trading-params-order-list.js';
export type { CreateLegacyOcoParams, OcoLegParams, Prefixed, CreateOcoParams } from './trading-params-oco.js';
export type { PegParams, CreateOrderParams, CreateTestOrderParams } from './trading-params-order.js';
export type {
  WorkingLegParams,
  PendingLegParams,
  PendingOcoLegsParams,
  CreateOtoParams,
  CreateOtocoParams,
  CreateOpoParams,
  CreateOpocoParams,
} from './trading-params-oto.js';
export type { CreateSorOrderParams, CreateTestSorOrderParams } from './trading-params-sor.js';
