/**
 * binance-rx for browsers (and any runtime with global `WebSocket` and `fetch`): the same API
 * as the Node build, no Node built-in.
 *
 * @packageDocumentation
 */
export * from './public-api.js';
export { SpotClient } from './markets/spot/spot-client.js';
export { Credentials } from './signing/credentials.js';
