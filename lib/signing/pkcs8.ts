import { decodeOid, decodeSmallInteger, DerTag, encodeDer, expectTag, readChildren, readDer, type DerElement } from './der.js';
import { KeyFormatError } from './key-format-error.js';

/** A private key Binance accepts, reduced to what its signer needs. @internal */
export type SigningKey =
  | { readonly keyType: 'rsa'; /** A minimal PKCS#8 v0 `PrivateKeyInfo`, for WebCrypto. */ readonly pkcs8: Uint8Array<ArrayBuffer> }
  | { readonly keyType: 'ed25519'; /** The 32-byte RFC 8032 private key (seed). */ readonly seed: Uint8Array<ArrayBuffer> };

/** A PKCS#8 key whose algorithm Binance does not accept; the caller says so to the user. @internal */
export class UnsupportedAlgorithmError extends Error {
  override readonly name = 'UnsupportedAlgorithmError';
  /**
   * @param oid - the algorithm's OID, dotted
   */
  constructor(readonly oid: string) {
    super(`unsupported algorithm ${oid}`);
  }
}

/** rsaEncryption (RFC 8017 A.1). @internal */
export const OID_RSA = '1.2.840.113549.1.1.1';
/** id-Ed25519 (RFC 8410 §3). @internal */
export const OID_ED25519 = '1.3.101.112';
/** DER of rsaEncryption's OID bytes (1.2.840.113549.1.1.1). */
const RSA_OID_BYTES = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01] as const;

/**
 * Reads a PKCS#8 `PrivateKeyInfo` / `OneAsymmetricKey` (RFC 5208, RFC 5958) and keeps what the
 * signer needs; the key type comes from the algorithm OID, never from a hint.
 *
 * @param der - the DER encoding
 * @returns the RSA or Ed25519 key
 * @throws {@link KeyFormatError} on a malformed structure
 * @throws {@link UnsupportedAlgorithmError} for any other algorithm (EC, RSA-PSS, Ed448, …)
 * @internal
 */
export function readPkcs8(der: Uint8Array<ArrayBuffer>): SigningKey {
  const [version, algorithm, privateKey] = readChildren(readDer(der, 'the PKCS#8 key'), 'the PKCS#8 key', [
    DerTag.Integer,
    DerTag.Sequence,
    DerTag.OctetString,
  ]) as [DerElement, DerElement, DerElement];
  if (decodeSmallInteger(version, 'the PKCS#8 version') > 1) throw new KeyFormatError('the PKCS#8 version is neither 0 nor 1');
  const [oid] = readChildren(algorithm, 'the PKCS#8 algorithm', [DerTag.Oid]) as [DerElement];
  const algorithmOid = decodeOid(oid);
  if (algorithmOid === OID_RSA) return { keyType: 'rsa', pkcs8: wrapRsaPrivateKey(privateKey.contents) };
  if (algorithmOid === OID_ED25519) {
    // RFC 8410 §7: the OCTET STRING holds a CurvePrivateKey, itself an OCTET STRING of 32 bytes.
    const curvePrivateKey = readDer(privateKey.contents, 'the Ed25519 private key');
    expectTag(curvePrivateKey, DerTag.OctetString, 'the Ed25519 private key');
    if (curvePrivateKey.contents.length !== 32) {
      throw new KeyFormatError(`the Ed25519 private key has ${curvePrivateKey.contents.length} bytes, expected 32`);
    }
    return { keyType: 'ed25519', seed: curvePrivateKey.contents.slice() };
  }
  throw new UnsupportedAlgorithmError(algorithmOid);
}

/**
 * Checks a PKCS#1 `RSAPrivateKey` (RFC 8017 A.1.2) and wraps it in a minimal PKCS#8 v0
 * structure, the one private-key format WebCrypto imports everywhere.
 *
 * @param rsaPrivateKey - the `RSAPrivateKey` DER
 * @returns PKCS#8 DER (a new buffer)
 * @throws {@link KeyFormatError} when it is not a two-prime RSA private key
 * @internal
 */
export function wrapRsaPrivateKey(rsaPrivateKey: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const fields = readChildren(readDer(rsaPrivateKey, 'the RSA private key'), 'the RSA private key', new Array<number>(9).fill(DerTag.Integer));
  // version 1 means multi-prime (RFC 8017), which WebCrypto cannot import.
  if (decodeSmallInteger(fields[0] as DerElement, 'the RSA key version') !== 0 || fields.length !== 9) {
    throw new KeyFormatError('the RSA private key is not a two-prime key (version 0 with 9 fields)');
  }
  const version = encodeDer(DerTag.Integer, new Uint8Array([0]));
  const algorithm = encodeDer(DerTag.Sequence, encodeDer(DerTag.Oid, new Uint8Array(RSA_OID_BYTES)), encodeDer(DerTag.Null));
  return encodeDer(DerTag.Sequence, version, algorithm, encodeDer(DerTag.OctetString, rsaPrivateKey));
}

/**
 * Checks the outer structure of an `EncryptedPrivateKeyInfo` (RFC 5958 §3), so garbage is
 * refused before a decryptor sees it.
 *
 * @param der - the DER encoding
 * @throws {@link KeyFormatError} on a malformed structure
 * @internal
 */
export function checkEncryptedPkcs8(der: Uint8Array<ArrayBuffer>): void {
  readChildren(readDer(der, 'the encrypted PKCS#8 key'), 'the encrypted PKCS#8 key', [DerTag.Sequence, DerTag.OctetString]);
}
