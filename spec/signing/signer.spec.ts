// Contract suite: one set of expectations run against every key type, verified with node:crypto.
import { createHmac, createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import nacl from 'tweetnacl';
import { Credentials } from '../../lib/signing/credentials';
import type { KeyType, Signer } from '../../lib/signing/signer';
import { signOnce } from './helpers';
import { ED25519_PRIVATE_PEM, ED25519_PUBLIC_PEM, RSA_PRIVATE_PEM, RSA_PUBLIC_PEM, SPOT_SECRET } from './vectors';

interface SignerCase {
  readonly name: string;
  readonly keyType: KeyType;
  readonly make: () => Signer;
  /** node:crypto's view of whether a signature is valid. */
  readonly verify: (payload: string, signature: string) => boolean;
  /** The platform primitive that computes a signature, spied to count work. */
  readonly spyPrimitive: () => jest.SpyInstance;
  readonly format: RegExp;
}

const asymmetric = (algorithm: string | null, publicKey: KeyObject) => (payload: string, signature: string) =>
  verify(algorithm, Buffer.from(payload, 'utf8'), publicKey, Buffer.from(signature, 'base64'));

function rsaCase(name: string, privatePem: string, publicKey: KeyObject): SignerCase {
  return {
    name,
    keyType: 'rsa',
    make: () => new Credentials({ apiKey: 'k', privateKey: privatePem }),
    verify: asymmetric('sha256', publicKey),
    spyPrimitive: () => jest.spyOn(globalThis.crypto.subtle, 'sign'),
    format: /^[A-Za-z0-9+/]{342}==$/,
  };
}

function ed25519Case(name: string, privatePem: string, publicKey: KeyObject): SignerCase {
  return {
    name,
    keyType: 'ed25519',
    make: () => new Credentials({ apiKey: 'k', privateKey: privatePem }),
    verify: asymmetric(null, publicKey),
    spyPrimitive: () => jest.spyOn(nacl.sign, 'detached'),
    format: /^[A-Za-z0-9+/]{86}==$/,
  };
}

const generatedRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const generatedEd25519 = generateKeyPairSync('ed25519');

const CASES: readonly SignerCase[] = [
  {
    name: 'hmac (§4.1 secret)',
    keyType: 'hmac',
    make: () => new Credentials({ apiKey: 'k', apiSecret: SPOT_SECRET }),
    verify: (payload, signature) => createHmac('sha256', SPOT_SECRET).update(payload, 'utf8').digest('hex') === signature,
    spyPrimitive: () => jest.spyOn(globalThis.crypto.subtle, 'sign'),
    format: /^[0-9a-f]{64}$/,
  },
  rsaCase('rsa (§4.12 sample key)', RSA_PRIVATE_PEM, createPublicKey(RSA_PUBLIC_PEM)),
  rsaCase('rsa (generated, PKCS#1)', generatedRsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string, generatedRsa.publicKey),
  ed25519Case('ed25519 (§4.11 key)', ED25519_PRIVATE_PEM, createPublicKey(ED25519_PUBLIC_PEM)),
  ed25519Case('ed25519 (generated)', generatedEd25519.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, generatedEd25519.publicKey),
];

describe.each(CASES)('Signer contract: $name', ({ keyType, make, verify: isValid, spyPrimitive, format }) => {
  afterEach(() => jest.restoreAllMocks());

  it('default: reports its key type', () => {
    expect(make().keyType).toBe(keyType);
  });

  it('default: emits one signature that node:crypto verifies, then completes', async () => {
    const payload = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
    const signature = await signOnce(make(), payload);
    expect(signature).toMatch(format);
    expect(isValid(payload, signature)).toBe(true);
    expect(isValid(payload.replace('BUY', 'SELL'), signature)).toBe(false);
  });

  it('args: signs the UTF-8 bytes of non-ASCII payloads (§3 W2 style)', async () => {
    const payload = 'symbol=１２３４５６&note=测试😀&c=é';
    expect(isValid(payload, await signOnce(make(), payload))).toBe(true);
  });

  it('args: signs an empty payload and payloads with control characters', async () => {
    for (const payload of ['', 'A\x01B\x01', 'a\nb\r\n']) expect(isValid(payload, await signOnce(make(), payload))).toBe(true);
  });

  it('behavior: is deterministic and distinguishes payloads', async () => {
    const signer = make();
    const [a1, a2, b] = await Promise.all([signOnce(signer, 'a=1'), signOnce(signer, 'a=1'), signOnce(signer, 'a=2')]);
    expect(a1).toBe(a2);
    expect(b).not.toBe(a1);
  });

  it('behavior: is cold: nothing is signed before subscription, and each subscription signs once', async () => {
    const signer = make();
    const primitive = spyPrimitive();
    const signature$ = signer.sign('timestamp=1578963600000');
    expect(primitive).not.toHaveBeenCalled();
    const first = await signOnce({ sign: () => signature$ }, '');
    expect(primitive).toHaveBeenCalledTimes(1);
    const second = await signOnce({ sign: () => signature$ }, '');
    expect(primitive).toHaveBeenCalledTimes(2);
    expect(second).toBe(first);
    expect(isValid('timestamp=1578963600000', first)).toBe(true);
  });

  it('behavior: one instance serves many concurrent subscriptions', async () => {
    const signer = make();
    const payloads = Array.from({ length: 8 }, (_, i) => `timestamp=${1578963600000 + i}`);
    const signatures = await Promise.all(payloads.map((p) => signOnce(signer, p)));
    signatures.forEach((s, i) => expect(isValid(payloads[i] ?? '', s)).toBe(true));
  });
});
