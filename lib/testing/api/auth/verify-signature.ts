import { constants, createHmac, timingSafeEqual, verify } from 'node:crypto';
import type { StoredApiKey } from './fake-api-keys.js';

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Checks a request signature the way Binance does (`spec/signing.md` §1, §5): HMAC-SHA-256 as
 * hex, compared case-insensitively; RSASSA-PKCS1-v1_5/SHA-256 and pure Ed25519 as standard
 * base64, exact.
 *
 * @param key - the registered key
 * @param payload - the signed bytes
 * @param signature - the signature as received (already percent-decoded over REST)
 * @returns whether it verifies
 *
 * @internal
 */
export function verifySignature(key: StoredApiKey, payload: Buffer, signature: string): boolean {
  if ('secret' in key) {
    if (!HEX_SHA256.test(signature)) return false;
    const expected = createHmac('sha256', key.secret).update(payload).digest();
    return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
  }
  if (!BASE64.test(signature)) return false;
  const bytes = Buffer.from(signature, 'base64');
  try {
    if (key.info.type === 'RSA') {
      return verify('sha256', payload, { key: key.publicKey, padding: constants.RSA_PKCS1_PADDING }, bytes);
    }
    return bytes.length === 64 && verify(null, payload, key.publicKey, bytes);
  } catch {
    // Recover deliberately: a signature OpenSSL cannot even parse simply does not verify.
    return false;
  }
}
