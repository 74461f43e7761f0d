import { ConfigError } from '../errors/config-error.js';
import { KeyFormatError } from './key-format-error.js';
import { formatPem, parsePem, type PemBlock } from './pem.js';
import { checkEncryptedPkcs8, readPkcs8, UnsupportedAlgorithmError, wrapRsaPrivateKey, type SigningKey } from './pkcs8.js';

/** Turns an encrypted PEM key into PKCS#8 DER; throws `ConfigError` when it cannot. @internal */
export type PrivateKeyDecryptor = (pem: string, passphrase: string) => Uint8Array;

const ACCEPTED =
  "Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', " +
  "or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.";

const ALGORITHMS: Readonly<Record<string, string>> = {
  '1.2.840.10045.2.1': 'an EC (ECDSA) key',
  '1.2.840.113549.1.1.10': 'an RSA-PSS key',
  '1.3.101.110': 'an X25519 key',
  '1.3.101.111': 'an X448 key',
  '1.3.101.113': 'an Ed448 key',
  '1.2.840.10040.4.1': 'a DSA key',
  '1.2.840.113549.1.3.1': 'a DH key',
};

const OTHER_LABELS: Readonly<Record<string, string>> = {
  'EC PRIVATE KEY': "an EC (ECDSA) key ('EC PRIVATE KEY'); Binance API keys are RSA or Ed25519",
  'PUBLIC KEY': "a public key ('PUBLIC KEY'); pass the private key (the public one is what you register with Binance)",
  'RSA PUBLIC KEY': "a public key ('RSA PUBLIC KEY'); pass the private key (the public one is what you register with Binance)",
  CERTIFICATE: "a certificate ('CERTIFICATE'), not a private key",
  'OPENSSH PRIVATE KEY': "an OpenSSH key ('OPENSSH PRIVATE KEY'); convert it to PKCS#8 PEM",
};

/**
 * Reads the `privateKey` option: detects RSA or Ed25519 from the key's own structure (PEM
 * label, then PKCS#8 algorithm OID) and returns what its signer needs.
 *
 * @param input - PEM text or its UTF-8 bytes
 * @param passphrase - the `privateKeyPassphrase` option; ignored for an unencrypted key
 * @param decrypt - turns an encrypted key into PKCS#8 DER (Node-only, see `Credentials`)
 * @returns the key
 * @throws {@link ConfigError} (option `privateKey` or `privateKeyPassphrase`) for anything
 * else; the message says what was found and what is accepted, never any key material
 * @internal
 */
export function parsePrivateKey(input: string | Uint8Array, passphrase: string | undefined, decrypt: PrivateKeyDecryptor): SigningKey {
  const block = read(() => parsePem(input), 'is not a readable PEM key');
  try {
    return fromBlock(block, passphrase, decrypt);
  } finally {
    // Every path copies what it keeps, so the decoded body can go now.
    block.der.fill(0);
  }
}

function fromBlock(block: PemBlock, passphrase: string | undefined, decrypt: PrivateKeyDecryptor): SigningKey {
  switch (block.label) {
    case 'PRIVATE KEY':
      return read(() => readPkcs8(block.der), "is a 'PRIVATE KEY' block whose DER is malformed");
    case 'RSA PRIVATE KEY':
      return block.headers.get('Proc-Type')?.includes('ENCRYPTED') === true
        ? decrypted(block, passphrase, decrypt)
        : { keyType: 'rsa', pkcs8: read(() => wrapRsaPrivateKey(block.der), "is an 'RSA PRIVATE KEY' block whose DER is malformed") };
    case 'ENCRYPTED PRIVATE KEY':
      read(() => checkEncryptedPkcs8(block.der), "is an 'ENCRYPTED PRIVATE KEY' block whose DER is malformed");
      return decrypted(block, passphrase, decrypt);
    default:
      throw refused(OTHER_LABELS[block.label] ?? `a PEM block labelled '${block.label}', not a private key`);
  }
}

function decrypted(block: PemBlock, passphrase: string | undefined, decrypt: PrivateKeyDecryptor): SigningKey {
  if (passphrase === undefined) {
    throw new ConfigError(`privateKey is an encrypted key ('${block.label}') but no privateKeyPassphrase was given. ${ACCEPTED}`, 'privateKeyPassphrase');
  }
  const der = Uint8Array.from(decrypt(formatPem(block), passphrase));
  try {
    return read(() => readPkcs8(der), 'decrypts to a PKCS#8 key whose DER is malformed');
  } finally {
    der.fill(0);
  }
}

/** Runs a reader and turns its internal errors into the user-facing ConfigError. */
function read<T>(reader: () => T, problem: string): T {
  try {
    return reader();
  } catch (e: unknown) {
    if (e instanceof UnsupportedAlgorithmError) {
      const name = ALGORITHMS[e.oid] ?? 'a key of an unknown algorithm';
      throw refused(`${name} (PKCS#8 algorithm OID ${e.oid}); Binance API keys are RSA (rsaEncryption, signed with PKCS#1 v1.5) or Ed25519`);
    }
    if (e instanceof KeyFormatError) throw new ConfigError(`privateKey ${problem}: ${e.message}. ${ACCEPTED}`, 'privateKey', { cause: e });
    throw e;
  }
}

function refused(found: string): ConfigError {
  return new ConfigError(`privateKey is ${found}. ${ACCEPTED}`, 'privateKey');
}
