import { generateKeyPairSync } from 'node:crypto';
import { FakeApiKeyStore } from '../../../../lib/testing/api/auth/fake-api-keys';
import { verifySignature } from '../../../../lib/testing/api/auth/verify-signature';
import { wsApiPayload } from '../../../../lib/testing/api/ws/ws-api-payload';

// Official and locally verified vectors of spec/signing.md §4.
const VECTOR_API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const VECTOR_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const R1 = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
const ED25519_PUBLIC = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGUIKv9dSpWXBViXp2m6vAIb8QMFJYBgyFEQsFJlqgA0=\n-----END PUBLIC KEY-----\n';
const ED25519_API_KEY = '4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO';
const RSA_PUBLIC = [
  '-----BEGIN PUBLIC KEY-----',
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz631jK9sqsSYCXCMgOUw',
  'xaWQZQfRN0TG2xHD2Yo5jw4nImY7kYg9UOqEM4tTBRk2edtx8El3vVxt0TUGiwo8',
  'YvlZC7LwqMc4Lq5Fl6EK9FRychA8Z8kWgs08r7x0ILdCygln6mpWDc9LnnaMZ2J3',
  'Xtwx/7RRV19P605Cciui6TsijgKhNBuzobkFpC75VDvJqsLRjana7ToM75Ezea4W',
  '+VXlgeCRlg3AGBW/QkCPcA+/ySVNV0BiDiRGNy/z4xi3IwxIkTree/0Ut4ujlU4g',
  'IA3IAONObTS4Et9uoX2xHISObSnjsaqxWFX7zivPuKPq61AZzIawYNLSb9X3kCng',
  'JwIDAQAB',
  '-----END PUBLIC KEY-----',
  '',
].join('\n');
const RSA_R1 =
  'uz2xmNkOf1EEsnZoWGraxR13F4jF9JYdC68uvWqYyjFyjwDgcoiMRm23UqsxWkmA208smu7TuGVxm1cWoZa/5fLQ2T/RcfLW9sokNWDzf1vM/xEpSmQEsSyIzd/c0pMWGsUkXsYpIarp3e/KSFzgwI73qZfbalBRkkK7u3dLWRVRk4kmEVf6dQUWMyXC44X8LB0M1XFrhkqcFYdcP9NcaCZCvb8nzG/nyUPtCJdBxVn8MMgXaVCM8DIbSrUBT0ZUxFQ3gTSd929LR1Tp6P2y4pHiWSElW5nJZYRRn2zUFt4xH7wvVKvuuEi8HH0Dusf6KBcWq8/3viAcRUh1Cj4fsQ==';

function store(): FakeApiKeyStore {
  const keys = new FakeApiKeyStore();
  keys.add({ apiKey: VECTOR_API_KEY, apiSecret: VECTOR_SECRET });
  keys.add({ apiKey: ED25519_API_KEY, publicKey: ED25519_PUBLIC });
  keys.add({ apiKey: 'r'.repeat(64), publicKey: RSA_PUBLIC });
  return keys;
}

describe('verifySignature', () => {
  const keys = store();
  const hmacKey = keys.get(VECTOR_API_KEY)!;
  const edKey = keys.get(ED25519_API_KEY)!;
  const rsaKey = keys.get('r'.repeat(64))!;

  it('behavior: accepts the official HMAC vector R1, in either hex case', () => {
    const sig = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
    expect(verifySignature(hmacKey, Buffer.from(R1), sig)).toBe(true);
    expect(verifySignature(hmacKey, Buffer.from(R1), sig.toUpperCase())).toBe(true);
  });

  it('behavior: accepts R2 (percent-encoded UTF-8 symbol) and R3 (query + body, no separator)', () => {
    const r2 = R1.replace('LTCBTC', '%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96');
    expect(verifySignature(hmacKey, Buffer.from(r2), 'e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3')).toBe(true);
    const r3 = R1.replace('GTC&quantity', 'GTCquantity');
    expect(verifySignature(hmacKey, Buffer.from(r3), '0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77')).toBe(true);
  });

  it('error: refuses a changed payload, a truncated or non-hex HMAC signature', () => {
    const sig = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
    expect(verifySignature(hmacKey, Buffer.from(R1.replace('0.1', '0.2')), sig)).toBe(false);
    expect(verifySignature(hmacKey, Buffer.from(R1), sig.slice(0, 62))).toBe(false);
    expect(verifySignature(hmacKey, Buffer.from(R1), `${sig.slice(0, 63)}g`)).toBe(false);
  });

  it('behavior: verifies the WS-API HMAC vectors W1 and W2 over the sorted payload', () => {
    const w1 = {
      symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01000000', price: '52000.00',
      recvWindow: 100, timestamp: 1645423376532, apiKey: VECTOR_API_KEY, signature: 'ignored',
    };
    expect(verifySignature(hmacKey, wsApiPayload(w1), 'aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24')).toBe(true);
    const w2 = { ...w1, symbol: '１２３４５６', side: 'BUY', quantity: '1.00000000', price: '0.10000000', recvWindow: 5000 };
    expect(verifySignature(hmacKey, wsApiPayload(w2), 'b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd')).toBe(true);
  });

  it('behavior: verifies the Ed25519 vectors of the published FIX key (REST and WS-API payloads)', () => {
    const rest = 'symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2&timestamp=1668481559918&recvWindow=5000';
    expect(verifySignature(edKey, Buffer.from(rest), 'inDT086KVIP8vgUfw5sV3VTkescWztiAGlf4x8FLKHM4NInsn0c1kYVLoGMO8cyjfR6vmTku2YQE0gtfVVlfCw==')).toBe(true);
    const ws = {
      apiKey: ED25519_API_KEY, price: '52000.00', quantity: '0.01000000', recvWindow: 100, side: 'SELL', symbol: 'BTCUSDT',
      timeInForce: 'GTC', timestamp: 1645423376532, type: 'LIMIT',
    };
    expect(verifySignature(edKey, wsApiPayload(ws), '82wlF5RobwT7JZehRQgOaupNEm5GrAqJj5tqZeCCE6ZxkhlUbWBThOx00q3FVnCKn882P+9p85phztjk4bOMAQ==')).toBe(true);
  });

  it('behavior: verifies the RSA vector of the sample key', () => {
    expect(verifySignature(rsaKey, Buffer.from(R1), RSA_R1)).toBe(true);
  });

  it('error: base64 signatures are exact: wrong case, spaces for "+" or garbage do not verify', () => {
    expect(verifySignature(rsaKey, Buffer.from(R1), RSA_R1.replace('uz2x', 'Uz2x'))).toBe(false);
    const ws = wsApiPayload({
      apiKey: ED25519_API_KEY, price: '52000.00', quantity: '0.01000000', recvWindow: 100, side: 'SELL', symbol: 'BTCUSDT',
      timeInForce: 'GTC', timestamp: 1645423376532, type: 'LIMIT',
    });
    const sig = '82wlF5RobwT7JZehRQgOaupNEm5GrAqJj5tqZeCCE6ZxkhlUbWBThOx00q3FVnCKn882P+9p85phztjk4bOMAQ==';
    expect(verifySignature(edKey, ws, sig.replace('+', ' '))).toBe(false);
    expect(verifySignature(edKey, Buffer.from(R1), 'not base64!')).toBe(false);
    expect(verifySignature(edKey, Buffer.from(R1), Buffer.alloc(63).toString('base64'))).toBe(false);
  });
});

describe('FakeApiKeyStore', () => {
  it('default: reads the key type from the public key; HMAC from a secret', () => {
    const keys = store();
    expect(keys.infos.map((k) => k.type)).toEqual(['HMAC', 'ED25519', 'RSA']);
    expect(keys.infos[0]?.account).toBe(VECTOR_API_KEY);
  });

  it('error: refuses duplicates, empty keys, unreadable PEM and non-RSA/Ed25519 keys', () => {
    const keys = store();
    expect(() => keys.add({ apiKey: VECTOR_API_KEY, apiSecret: 'x' })).toThrow('already registered');
    expect(() => keys.add({ apiKey: '', apiSecret: 'x' })).toThrow('apiKey');
    expect(() => keys.add({ apiKey: 'a', publicKey: 'nope' })).toThrow('PEM');
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => keys.add({ apiKey: 'b', publicKey: ec })).toThrow('Only RSA and Ed25519');
  });

  it('behavior: isWellFormed tells a format error (-2014) from an unknown key (-2015)', () => {
    expect(FakeApiKeyStore.isWellFormed('a'.repeat(64))).toBe(true);
    expect(FakeApiKeyStore.isWellFormed('a'.repeat(63))).toBe(false);
    expect(FakeApiKeyStore.isWellFormed(`${'a'.repeat(63)}-`)).toBe(false);
  });
});
