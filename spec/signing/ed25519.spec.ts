import nacl from 'tweetnacl';
import { Ed25519Signer } from '../../lib/signing/ed25519';
import { parsePrivateKey } from '../../lib/signing/private-key';
import { signOnce } from './helpers';
import { ED25519_PRIVATE_PEM, ED25519_VECTORS } from './vectors';

function ed25519Signer(): Ed25519Signer {
  const key = parsePrivateKey(ED25519_PRIVATE_PEM, undefined, () => {
    throw new Error('not encrypted');
  });
  if (key.keyType !== 'ed25519') throw new Error(`expected an Ed25519 key, got ${key.keyType}`);
  return new Ed25519Signer(key.seed);
}

describe('Ed25519Signer', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each(ED25519_VECTORS)('default: %s signs to the expected value', async (_name, payload, signature) => {
    expect(await signOnce(ed25519Signer(), payload)).toBe(signature);
  });

  it('behavior: derives the signing key once per instance, on first use', async () => {
    const fromSeed = jest.spyOn(nacl.sign.keyPair, 'fromSeed');
    const signer = ed25519Signer();
    expect(fromSeed).not.toHaveBeenCalled();
    await signOnce(signer, 'a');
    await signOnce(signer, 'b');
    expect(fromSeed).toHaveBeenCalledTimes(1);
  });

  it('behavior: needs no WebCrypto', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      expect(await signOnce(ed25519Signer(), ED25519_VECTORS[0]?.[1] ?? '')).toBe(ED25519_VECTORS[0]?.[2]);
    } finally {
      if (descriptor !== undefined) Object.defineProperty(globalThis, 'crypto', descriptor);
    }
  });
});
