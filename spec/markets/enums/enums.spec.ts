import { enumCodec } from '../../../lib/codecs/enum-codec';
import { CancelReplaceMode } from '../../../lib/markets/enums/cancel-replace-mode';
import { CancelRestrictions } from '../../../lib/markets/enums/cancel-restrictions';
import { ContingencyType } from '../../../lib/markets/enums/contingency-type';
import { ListOrderStatus } from '../../../lib/markets/enums/list-order-status';
import { ListStatusType } from '../../../lib/markets/enums/list-status-type';
import { OrderRateLimitExceededMode } from '../../../lib/markets/enums/order-rate-limit-exceeded-mode';
import { OrderResponseType } from '../../../lib/markets/enums/order-response-type';
import { OrderSide } from '../../../lib/markets/enums/order-side';
import { OrderStatus } from '../../../lib/markets/enums/order-status';
import { OrderType } from '../../../lib/markets/enums/order-type';
import { PegOffsetType } from '../../../lib/markets/enums/peg-offset-type';
import { PegPriceType } from '../../../lib/markets/enums/peg-price-type';
import { SelfTradePreventionMode } from '../../../lib/markets/enums/self-trade-prevention-mode';
import { TimeInForce } from '../../../lib/markets/enums/time-in-force';
import { decodeRight } from '../../support/codec-helpers';

// The wire strings, written out from spec/rest.md §7 (enums) and spec/spot-ws-api.md §6.4.
const ENUMS: ReadonlyArray<readonly [string, Readonly<Record<string, string>>, Readonly<Record<string, string>>]> = [
  ['OrderSide', OrderSide, { Buy: 'BUY', Sell: 'SELL' }],
  [
    'OrderType',
    OrderType,
    {
      Limit: 'LIMIT',
      Market: 'MARKET',
      StopLoss: 'STOP_LOSS',
      StopLossLimit: 'STOP_LOSS_LIMIT',
      TakeProfit: 'TAKE_PROFIT',
      TakeProfitLimit: 'TAKE_PROFIT_LIMIT',
      LimitMaker: 'LIMIT_MAKER',
    },
  ],
  ['TimeInForce', TimeInForce, { Gtc: 'GTC', Ioc: 'IOC', Fok: 'FOK' }],
  ['OrderResponseType', OrderResponseType, { Ack: 'ACK', Result: 'RESULT', Full: 'FULL' }],
  [
    'SelfTradePreventionMode',
    SelfTradePreventionMode,
    {
      None: 'NONE',
      ExpireMaker: 'EXPIRE_MAKER',
      ExpireTaker: 'EXPIRE_TAKER',
      ExpireBoth: 'EXPIRE_BOTH',
      Decrement: 'DECREMENT',
      Transfer: 'TRANSFER',
    },
  ],
  [
    'OrderStatus',
    OrderStatus,
    {
      New: 'NEW',
      PendingNew: 'PENDING_NEW',
      PartiallyFilled: 'PARTIALLY_FILLED',
      Filled: 'FILLED',
      Canceled: 'CANCELED',
      PendingCancel: 'PENDING_CANCEL',
      Rejected: 'REJECTED',
      Expired: 'EXPIRED',
      ExpiredInMatch: 'EXPIRED_IN_MATCH',
    },
  ],
  ['CancelReplaceMode', CancelReplaceMode, { StopOnFailure: 'STOP_ON_FAILURE', AllowFailure: 'ALLOW_FAILURE' }],
  ['CancelRestrictions', CancelRestrictions, { OnlyNew: 'ONLY_NEW', OnlyPartiallyFilled: 'ONLY_PARTIALLY_FILLED' }],
  ['OrderRateLimitExceededMode', OrderRateLimitExceededMode, { DoNothing: 'DO_NOTHING', CancelOnly: 'CANCEL_ONLY' }],
  ['PegPriceType', PegPriceType, { PrimaryPeg: 'PRIMARY_PEG', MarketPeg: 'MARKET_PEG' }],
  ['PegOffsetType', PegOffsetType, { PriceLevel: 'PRICE_LEVEL' }],
  ['ContingencyType', ContingencyType, { Oco: 'OCO', Oto: 'OTO' }],
  ['ListStatusType', ListStatusType, { Response: 'RESPONSE', ExecStarted: 'EXEC_STARTED', Updated: 'UPDATED', AllDone: 'ALL_DONE' }],
  ['ListOrderStatus', ListOrderStatus, { Executing: 'EXECUTING', AllDone: 'ALL_DONE', Reject: 'REJECT' }],
];

for (const [name, enumObject, expected] of ENUMS) {
  describe(name, () => {
    it("default: its members are exactly Binance's wire strings", () => {
      expect({ ...enumObject }).toEqual(expected);
    });

    it('behavior: every value round-trips through its codec', () => {
      const codec = enumCodec(enumObject, name);
      for (const value of Object.values(expected)) {
        expect(codec.encode(decodeRight(codec, value))).toBe(value);
      }
    });
  });
}
