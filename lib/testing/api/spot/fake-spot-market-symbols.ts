/** A spot symbol's trading status (`spec/spot-ws-api.md` §6.1). @internal */
export type FakeSymbolStatus = 'TRADING' | 'END_OF_DAY' | 'HALT' | 'BREAK' | 'CANCEL_ONLY';

/**
 * How a symbol's reference price is calculated, as `referencePrice.calculation` reports it.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/faqs/price_range_execution_rules
 * @internal
 */
export type FakeReferenceCalculation =
  | { readonly calculationType: 'ARITHMETIC_MEAN'; readonly bucketCount: number; readonly bucketWidthMs: number }
  | { readonly calculationType: 'EXTERNAL'; readonly externalCalculationId: number };

/**
 * One listed symbol of the fake spot market: its assets, precision, starting price and the
 * sizes its generated trades and book levels have. Decimals are plain decimal strings.
 *
 * @internal
 */
export interface FakeSpotSymbolDefinition {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  /** The starting last price; the generated history ends at it. */
  readonly price: string;
  /** `PRICE_FILTER.tickSize`: every generated price is a multiple of it. */
  readonly tickSize: string;
  /** `LOT_SIZE.stepSize`: every generated quantity is a multiple of it. */
  readonly stepSize: string;
  /** The size of a typical trade or book level, in the base asset. */
  readonly typicalQty: string;
  /** `NOTIONAL.minNotional`, in the quote asset. */
  readonly minNotional: string;
  /** Defaults to `TRADING`. */
  readonly status?: FakeSymbolStatus;
  /**
   * How the reference price is calculated; `null` for a symbol that never had one (its
   * `referencePrice` requests fail with `-2043`). Defaults to an arithmetic mean of 10 × 1 s.
   */
  readonly referencePrice?: FakeReferenceCalculation | null;
  /**
   * Levels per side of the symbol's true book once `fake.orderBook(symbol)` takes it over, 1 to
   * 5000 (the default, Binance's deepest snapshot). Fewer levels make a test with hundreds of
   * books start fast; depth answers then hold at most this many.
   */
  readonly bookLevels?: number;
}

/** The reference-price calculation of a symbol that does not say otherwise. @internal */
export const DEFAULT_REFERENCE_CALCULATION: FakeReferenceCalculation = {
  calculationType: 'ARITHMETIC_MEAN',
  bucketCount: 10,
  bucketWidthMs: 1000,
};

/**
 * The fake's default listing: six well-known pairs with Binance-like tick and step sizes.
 * `LTCBTC` has an externally calculated reference price; `ETHBTC` never had one.
 *
 * @internal
 */
export const DEFAULT_FAKE_SPOT_SYMBOLS: readonly FakeSpotSymbolDefinition[] = [
  {
    symbol: 'BTCUSDT',
    baseAsset: 'BTC',
    quoteAsset: 'USDT',
    price: '65000.00',
    tickSize: '0.01',
    stepSize: '0.00001',
    typicalQty: '0.05',
    minNotional: '5',
  },
  {
    symbol: 'ETHUSDT',
    baseAsset: 'ETH',
    quoteAsset: 'USDT',
    price: '3500.00',
    tickSize: '0.01',
    stepSize: '0.0001',
    typicalQty: '0.5',
    minNotional: '5',
  },
  {
    symbol: 'BNBUSDT',
    baseAsset: 'BNB',
    quoteAsset: 'USDT',
    price: '600.00',
    tickSize: '0.01',
    stepSize: '0.001',
    typicalQty: '2',
    minNotional: '5',
  },
  {
    symbol: 'BNBBTC',
    baseAsset: 'BNB',
    quoteAsset: 'BTC',
    price: '0.009230',
    tickSize: '0.000001',
    stepSize: '0.001',
    typicalQty: '2',
    minNotional: '0.0001',
  },
  {
    symbol: 'LTCBTC',
    baseAsset: 'LTC',
    quoteAsset: 'BTC',
    price: '0.001250',
    tickSize: '0.000001',
    stepSize: '0.001',
    typicalQty: '10',
    minNotional: '0.0001',
    referencePrice: { calculationType: 'EXTERNAL', externalCalculationId: 1 },
  },
  {
    symbol: 'ETHBTC',
    baseAsset: 'ETH',
    quoteAsset: 'BTC',
    price: '0.05385',
    tickSize: '0.00001',
    stepSize: '0.0001',
    typicalQty: '0.5',
    minNotional: '0.0001',
    referencePrice: null,
  },
];
