import { Subscription } from 'rxjs';
import { ConfigError } from '../../lib/errors/config-error';
import { HmacSha256Signer } from '../../lib/signing/hmac-sha256';
import { signAll, signOnce } from './helpers';
import { FUTURES_SECRET, SPOT_SECRET } from './vectors';

const R1 = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';

describe('HmacSha256Signer', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    // signing.md §4.1 R1 (verified)
    ['§4.1 R1', SPOT_SECRET, R1, 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71'],
    // §4.1 R2 (verified): the payload is already percent-encoded
    [
      '§4.1 R2',
      SPOT_SECRET,
      'symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
      'e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3',
    ],
    // §4.1 R3 (verified): query + body concatenated without a separator
    [
      '§4.1 R3',
      SPOT_SECRET,
      'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC' + 'quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
      '0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77',
    ],
    // §4.2 (both verified)
    ['§4.2 timestamp', SPOT_SECRET, 'timestamp=1578963600000', 'd84e6641b1e328e7b418fff030caed655c266299c9355e36ce801ed14631eed4'],
    ['§4.2 order', SPOT_SECRET, R1, 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71'],
    // §4.8 F1 (verified)
    [
      '§4.8 F1',
      FUTURES_SECRET,
      'symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=1591702613943',
      '3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9',
    ],
    // §4.8 F3 as printed, with the stray space after `timestamp=` (verified only so)
    [
      '§4.8 F3',
      FUTURES_SECRET,
      'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=9000&recvWindow=5000&timestamp= 1591702613943',
      'f9d0ae5e813ef6ccf15c2b5a434047a0181cb5a342b903b367ca6d27a66e36f2',
    ],
    // §4.9 C3 as printed, with the stray space (verified)
    [
      '§4.9 C3',
      FUTURES_SECRET,
      'symbol=BTCUSD_200925&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=9000&recvWindow=5000&timestamp= 1591702613943',
      'f3129e7c72c7727037891ad8a86b76a7dc514ba125a536775c8ba403b2d1b222',
    ],
  ])('default: %s signs to the published value', async (_name, secret, payload, signature) => {
    expect(await signOnce(new HmacSha256Signer(secret), payload)).toBe(signature);
  });

  it('behavior: imports the WebCrypto key once per instance, lazily', async () => {
    const importKey = jest.spyOn(globalThis.crypto.subtle, 'importKey');
    const signer = new HmacSha256Signer(SPOT_SECRET);
    expect(importKey).not.toHaveBeenCalled();
    await Promise.all([signOnce(signer, 'a=1'), signOnce(signer, 'b=2')]);
    await signOnce(signer, 'c=3');
    expect(importKey).toHaveBeenCalledTimes(1);
    await signOnce(new HmacSha256Signer(SPOT_SECRET), 'a=1');
    expect(importKey).toHaveBeenCalledTimes(2);
  });

  it('behavior: a failed key import is retried on the next subscription', async () => {
    const importKey = jest.spyOn(globalThis.crypto.subtle, 'importKey').mockRejectedValueOnce(new Error('transient'));
    const signer = new HmacSha256Signer(SPOT_SECRET);
    await expect(signAll(signer, 'timestamp=1578963600000')).rejects.toThrow(ConfigError);
    expect(await signOnce(signer, 'timestamp=1578963600000')).toBe('d84e6641b1e328e7b418fff030caed655c266299c9355e36ce801ed14631eed4');
    expect(importKey).toHaveBeenCalledTimes(2);
  });

  it('error: a WebCrypto failure is emitted as ConfigError with the cause kept', async () => {
    const cause = new Error('boom');
    jest.spyOn(globalThis.crypto.subtle, 'sign').mockRejectedValueOnce(cause);
    const error: unknown = await signAll(new HmacSha256Signer(SPOT_SECRET), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).cause).toBe(cause);
    expect((error as ConfigError).message).toMatchInlineSnapshot(`
"WebCrypto could not compute the HMAC-SHA-256 signature (Error: boom).

Option: credentials"
`);
  });

  it('teardown: unsubscribing before the signature is ready delivers nothing', async () => {
    const next = jest.fn();
    const error = jest.fn();
    const subscription: Subscription = new HmacSha256Signer(SPOT_SECRET).sign('x').subscribe({ next, error });
    subscription.unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(next).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
