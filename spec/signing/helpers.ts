// Shared helpers of the signing specs (not a spec file).
import { lastValueFrom, toArray } from 'rxjs';
import type { Signer } from '../../lib/signing/signer';

/** Subscribes once and resolves with every value emitted before completion. */
export function signAll(signer: Pick<Signer, 'sign'>, payload: string): Promise<string[]> {
  return lastValueFrom(signer.sign(payload).pipe(toArray()));
}

/** Subscribes once and resolves with the single signature (fails if there is not exactly one). */
export async function signOnce(signer: Pick<Signer, 'sign'>, payload: string): Promise<string> {
  const values = await signAll(signer, payload);
  if (values.length !== 1) throw new Error(`expected exactly one signature, got ${values.length}`);
  return values[0] as string;
}

/** The lines of a PEM body: the secret-bearing text that must never be echoed. */
export function pemBodyLines(pem: string): string[] {
  return pem
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('-----') && !l.includes(':'));
}

/** The secrets found in a text (expected: none). */
export function leakedSecrets(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => text.includes(s));
}
