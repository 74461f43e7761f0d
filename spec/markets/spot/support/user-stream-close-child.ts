// Run as a child by spot-user-stream-close.int.spec.ts: a user-data stream unsubscribed right
// before close(); the process must exit at once, with no request left waiting for its timeout.
import { generateKeyPairSync } from 'node:crypto';
import { Credentials, SpotClient, SubType } from '../../../../lib/index.js';
import { FakeBinance } from '../../../../lib/testing/index.js';

async function main(): Promise<void> {
  const fake = await FakeBinance.start();
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const apiKey = 'k'.repeat(64);
  fake.addApiKey({ apiKey, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() });
  const spot = new SpotClient({ ...fake.hosts.spot, credentials: new Credentials({ apiKey, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }) });
  const sub = spot.stream$(SubType.User).subscribe();
  while (fake.userStreamSubscriptions() === 0) await new Promise((r) => setTimeout(r, 10));
  sub.unsubscribe();
  await spot.close();
  await fake.stop();
}
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
