import { SPOT_MARKET_ENDPOINTS } from '../../lib/markets/spot/api/spot-market-endpoints.js';
import { SPOT_TRADING_ENDPOINTS } from '../../lib/markets/spot/api/spot-trading-endpoints.js';
import { type AnyEndpoint, EndpointCatalogue } from '../../lib/requests/endpoint-catalogue.js';
import { costOf } from '../../lib/requests/request-cost.js';

const catalogue = new EndpointCatalogue([...Object.values(SPOT_MARKET_ENDPOINTS), ...Object.values(SPOT_TRADING_ENDPOINTS)] as AnyEndpoint[]);

describe('EndpointCatalogue', () => {
  it('default: finds an endpoint by WS-API method and by REST route, so the escape hatches cost what Binance charges', () => {
    const depth = catalogue.byMethod('depth');
    expect(depth?.rest).toEqual(['GET', '/api/v3/depth']);
    expect(costOf(depth as AnyEndpoint, { limit: 5000 } as never)).toEqual({ weight: 250, orders: 0 });
    expect(catalogue.byRoute('GET', '/api/v3/depth')).toBe(depth);
    expect(catalogue.byRoute('POST', '/api/v3/order')).toBe(catalogue.byMethod('order.place'));
    expect(costOf(catalogue.byMethod('order.place') as AnyEndpoint, {} as never)).toEqual({ weight: 1, orders: 1 });
  });

  it('args: a full URL or a query string names the same route; unknown methods, routes and verbs are undefined', () => {
    expect(catalogue.byRoute('GET', 'https://api.binance.com/api/v3/depth?symbol=BTCUSDT')).toBe(catalogue.byMethod('depth'));
    expect(catalogue.byRoute('DELETE', '/api/v3/depth')).toBeUndefined();
    expect(catalogue.byRoute('GET', '/api/v3/nosuch')).toBeUndefined();
    expect(catalogue.byMethod('nosuch.method')).toBeUndefined();
  });
});
