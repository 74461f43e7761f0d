import { enumCodec } from '../../../../codecs/enum-codec.js';
import { OrderSide } from '../../../enums/order-side.js';
import { OrderStatus } from '../../../enums/order-status.js';
import { OrderType } from '../../../enums/order-type.js';
import { TimeInForce } from '../../../enums/time-in-force.js';

// The four enum fields the SDK decodes strictly: code branches on them, and Binance's lists of
// values are closed (spec/rest.md §7, enums). Every other enum-like field stays `t.string`.

/** An order's `side` decoded to {@link OrderSide}. @internal */
export const OrderSideCodec = enumCodec(OrderSide, 'OrderSide');
/** An order's `type` decoded to {@link OrderType}. @internal */
export const OrderTypeCodec = enumCodec(OrderType, 'OrderType');
/** An order's `timeInForce` decoded to {@link TimeInForce}. @internal */
export const TimeInForceCodec = enumCodec(TimeInForce, 'TimeInForce');
/** An order's `status` decoded to {@link OrderStatus}. @internal */
export const OrderStatusCodec = enumCodec(OrderStatus, 'OrderStatus');
