/**
 * A malformed PEM, base64 or DER input, found while reading a private key.
 *
 * @remarks
 * Never leaves `lib/signing`: {@link parsePrivateKey} turns it into a `ConfigError`. Its message
 * names tags, offsets and labels only, never bytes of the input, so it can be quoted as is.
 *
 * @internal
 */
export class KeyFormatError extends Error {
  override readonly name = 'KeyFormatError';
}
