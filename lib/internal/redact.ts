/**
 * The one place that strips secrets from text before it enters an error, an event or a log.
 *
 * Query parameters and JSON fields named like credentials keep their name but lose their
 * value, e.g. `wss://host/ws?listenKey=abc` becomes `wss://host/ws?listenKey=<redacted>`.
 *
 * @internal
 */
export function redact(text: string): string {
  return text
    .replace(SECRET_QUERY_PARAM, (_m, prefix: string, name: string) => `${prefix}${name}=${REDACTED}`)
    .replace(SECRET_JSON_FIELD, (_m, name: string) => `"${name}":"${REDACTED}"`)
    .replace(SECRET_HEADER, (_m, name: string) => `${name}: ${REDACTED}`);
}

/**
 * Redacts a URL: secret query parameters, user info, and a listen key used as a path segment
 * (`/ws/<listenKey>`, which Binance futures user-data streams use).
 *
 * @internal
 */
export function redactUrl(url: string): string {
  const withoutUserInfo = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, `$1${REDACTED}@`);
  return redact(withoutUserInfo).replace(LISTEN_KEY_SEGMENT, `/${REDACTED}`);
}

const REDACTED = '<redacted>';
const SECRET_NAMES = 'signature|apiKey|api_key|apiSecret|secret|listenKey|privateKey|passphrase';
const SECRET_QUERY_PARAM = new RegExp(`([?&;]|^)(${SECRET_NAMES})=[^&#\\s"']*`, 'gi');
const SECRET_JSON_FIELD = new RegExp(`"(${SECRET_NAMES})"\\s*:\\s*"[^"]*"`, 'gi');
const SECRET_HEADER = /(X-MBX-APIKEY)\s*:\s*\S+/gi;
/**
 * Listen keys are long alphanumeric runs (64 characters in every Binance example); a stream
 * name always has an `@` or `!`, so no path segment of a stream URL looks like this.
 */
const LISTEN_KEY_SEGMENT = /\/[A-Za-z0-9]{48,128}(?=$|[/?#])/g;
