import Big from 'big.js';
import { optDecimal, optInt, optString, reqString } from '../fake-params.js';
import type { FakeOrderRespType, FakeOrderSide, FakeOrderType, FakeTimeInForce } from './fake-spot-order.js';
import { eitherMissing, reject } from './trading-errors.js';

/**
 * One order's parameters, read and checked the way Binance does before the matching engine
 * (`spec/spot-ws-api.md` §6.4 "Mandatory params by type"; spot `errors.md` for the codes).
 *
 * @internal
 */
export interface FakeOrderSpec {
  readonly side: FakeOrderSide;
  readonly type: FakeOrderType;
  readonly timeInForce: FakeTimeInForce | undefined;
  readonly price: Big | undefined;
  readonly quantity: Big | undefined;
  readonly quoteOrderQty: Big | undefined;
  readonly stopPrice: Big | undefined;
  readonly trailingDelta: number | undefined;
  readonly icebergQty: Big | undefined;
  readonly clientOrderId: string | undefined;
  readonly strategyId: number | undefined;
  readonly strategyType: number | undefined;
  readonly pegPriceType: string | undefined;
  readonly pegOffsetType: string | undefined;
  readonly pegOffsetValue: number | undefined;
}

/** The order fields, named as `order.place` names them. @internal */
export type OrderField =
  | 'side'
  | 'type'
  | 'timeInForce'
  | 'price'
  | 'quantity'
  | 'quoteOrderQty'
  | 'stopPrice'
  | 'trailingDelta'
  | 'icebergQty'
  | 'newClientOrderId'
  | 'strategyId'
  | 'strategyType'
  | 'pegPriceType'
  | 'pegOffsetType'
  | 'pegOffsetValue';

/** How one order's fields are named in a request. @internal */
export type OrderNames = (field: OrderField) => string;

/** `order.place`'s own names. @internal */
export const PLAIN_NAMES: OrderNames = (field) => field;

/**
 * The names of an order list leg: `aboveType`, `workingPrice`, `pendingBelowClientOrderId`…,
 * with fields the legs share (`side`, `quantity`) under their own names.
 *
 * @internal
 */
export function legNames(prefix: string, shared: Partial<Record<OrderField, string>> = {}): OrderNames {
  return (field) => {
    const own = shared[field];
    if (own !== undefined) return own;
    const name = field === 'newClientOrderId' ? 'clientOrderId' : field;
    return prefix + name.charAt(0).toUpperCase() + name.slice(1);
  };
}

/** What may be left out of a leg. @internal */
export interface SpecOptions {
  /** OPO pending orders take their quantity from the working order. */
  readonly noQuantity?: boolean;
  /** The order types this request accepts, and the error for another one. */
  readonly types?: readonly FakeOrderType[];
  readonly typeError?: readonly [number, string];
}

const SIDES: readonly string[] = ['BUY', 'SELL'];
const TYPES: readonly string[] = ['LIMIT', 'MARKET', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT', 'LIMIT_MAKER'];
const TIFS: readonly string[] = ['GTC', 'IOC', 'FOK'];
const STP_MODES: readonly string[] = ['NONE', 'EXPIRE_MAKER', 'EXPIRE_TAKER', 'EXPIRE_BOTH', 'DECREMENT', 'TRANSFER'];
const CLIENT_ID = /^[a-zA-Z0-9-_]{1,36}$/;

/**
 * Reads one order's params and checks them: enums (`-1117 Invalid side.`, `-1116 Invalid
 * orderType.`, `-1115 Invalid timeInForce.`), forms (`-1100`), the params each type needs
 * (`-1102`), params a MARKET order must not have (`-1106`), and positive amounts (`-1013`).
 *
 * @param params - the request params
 * @param names - how the request names the order's fields
 * @param options - leg-specific rules
 * @returns the checked order
 * @throws {@link FakeParamError} with Binance's error
 *
 * @internal
 */
export function readOrderSpec(
  params: Readonly<Record<string, unknown>>,
  names: OrderNames = PLAIN_NAMES,
  options: SpecOptions = {},
): FakeOrderSpec {
  const side = reqString(params, names('side'));
  const type = reqString(params, names('type'));
  if (!SIDES.includes(side)) reject(-1117, 'Invalid side.');
  if (!TYPES.includes(type)) reject(-1116, 'Invalid orderType.');
  if (options.types !== undefined && !options.types.includes(type as FakeOrderType)) {
    const [code, msg] = options.typeError ?? [-1116, 'Invalid orderType.'];
    reject(code, msg);
  }
  const tif = optString(params, names('timeInForce'));
  if (tif !== undefined && !TIFS.includes(tif)) reject(-1115, 'Invalid timeInForce.');
  const spec: FakeOrderSpec = {
    side: side as FakeOrderSide,
    type: type as FakeOrderType,
    timeInForce: tif as FakeTimeInForce | undefined,
    price: big(optDecimal(params, names('price'))),
    quantity: big(optDecimal(params, names('quantity'))),
    quoteOrderQty: big(optDecimal(params, names('quoteOrderQty'))),
    stopPrice: big(optDecimal(params, names('stopPrice'))),
    trailingDelta: optInt(params, names('trailingDelta')),
    icebergQty: big(optDecimal(params, names('icebergQty'))),
    clientOrderId: readClientId(params, names('newClientOrderId')),
    strategyId: optInt(params, names('strategyId')),
    strategyType: optInt(params, names('strategyType')),
    pegPriceType: readPeg(params, names('pegPriceType'), ['PRIMARY_PEG', 'MARKET_PEG'], -1210, 'Invalid pegPriceType.'),
    pegOffsetType: readPeg(params, names('pegOffsetType'), ['PRICE_LEVEL'], -1211, 'Invalid pegOffsetType.'),
    pegOffsetValue: optInt(params, names('pegOffsetValue')),
  };
  if (spec.strategyType !== undefined && spec.strategyType < 1_000_000) reject(-1134, '`strategyType` was less than 1000000.');
  checkMandatory(spec, names, options);
  return spec;
}

/**
 * Reads a client order id param (`-1100` unless `^[a-zA-Z0-9-_]{1,36}$`).
 *
 * @internal
 */
export function readClientId(params: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const id = optString(params, name);
  if (id !== undefined && !CLIENT_ID.test(id)) {
    reject(-1100, `Illegal characters found in parameter '${name}'; legal range is '^[a-zA-Z0-9-_]{1,36}$'.`);
  }
  return id;
}

/** Reads `selfTradePreventionMode` (default NONE, as Binance's examples). @internal */
export function readStpMode(params: Readonly<Record<string, unknown>>): string {
  const mode = optString(params, 'selfTradePreventionMode') ?? 'NONE';
  if (!STP_MODES.includes(mode)) reject(-1130, "Data sent for parameter 'selfTradePreventionMode' is not valid.");
  return mode;
}

/** Reads `newOrderRespType`, if sent. @internal */
export function readRespType(params: Readonly<Record<string, unknown>>): FakeOrderRespType | undefined {
  const value = optString(params, 'newOrderRespType');
  if (value !== undefined && value !== 'ACK' && value !== 'RESULT' && value !== 'FULL') {
    reject(-1100, "Illegal characters found in parameter 'newOrderRespType'; legal range is 'ACK, RESULT, FULL'.");
  }
  return value;
}

function checkMandatory(spec: FakeOrderSpec, names: OrderNames, options: SpecOptions): void {
  const need = (field: OrderField, value: unknown): void => {
    if (value === undefined) reject(-1102, `Mandatory parameter '${names(field)}' was not sent, was empty/null, or malformed.`);
  };
  const pegged = spec.pegPriceType !== undefined;
  const quantity = (): void => {
    if (!options.noQuantity) need('quantity', spec.quantity);
  };
  const trigger = (): void => {
    if (spec.stopPrice === undefined && spec.trailingDelta === undefined) eitherMissing(names('stopPrice'), names('trailingDelta'));
  };
  switch (spec.type) {
    case 'LIMIT':
      need('timeInForce', spec.timeInForce);
      if (!pegged) need('price', spec.price);
      quantity();
      break;
    case 'LIMIT_MAKER':
      if (!pegged) need('price', spec.price);
      quantity();
      break;
    case 'MARKET':
      if (spec.quantity === undefined && spec.quoteOrderQty === undefined && !options.noQuantity) {
        eitherMissing(names('quantity'), names('quoteOrderQty'));
      }
      if (spec.timeInForce !== undefined) reject(-1106, `Parameter '${names('timeInForce')}' sent when not required.`);
      if (spec.price !== undefined) reject(-1106, `Parameter '${names('price')}' sent when not required.`);
      break;
    case 'STOP_LOSS':
    case 'TAKE_PROFIT':
      quantity();
      trigger();
      break;
    default:
      need('timeInForce', spec.timeInForce);
      if (!pegged) need('price', spec.price);
      quantity();
      trigger();
  }
  if (spec.quantity?.lte(0) === true || spec.quoteOrderQty?.lte(0) === true) reject(-1013, 'Invalid quantity.');
  if (spec.price?.lte(0) === true || spec.stopPrice?.lte(0) === true) reject(-1013, 'Invalid price.');
}

function readPeg(params: Readonly<Record<string, unknown>>, name: string, allowed: readonly string[], code: number, msg: string): string | undefined {
  const value = optString(params, name);
  if (value !== undefined && !allowed.includes(value)) reject(code, msg);
  return value;
}

function big(text: string | undefined): Big | undefined {
  return text === undefined ? undefined : new Big(text);
}
