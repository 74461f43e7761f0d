/**
 * binance-rx for Node: the same API as the browser build, with `ws` and `cross-fetch` as the
 * default WebSocket and fetch.
 *
 * @packageDocumentation
 */
export * from './public-api.js';
export { SpotClient } from './platform/node.js';
export { Credentials } from './platform/node-credentials.js';
