/** What `browser.int.spec.ts` passes to the page, as the inline JSON `<script id="config">`. */
export interface BrowserPageConfig {
  /** The symbol the page follows, e.g. `'BTCUSDT'`. */
  readonly symbol: string;
  /** The fake exchange's spot hosts (`fake.hosts.spot`). */
  readonly hosts: { readonly streamHost: string; readonly restHost: string; readonly wsApiHost: string };
  /** An HMAC key registered on the fake. */
  readonly hmac: { readonly apiKey: string; readonly apiSecret: string };
  /** An Ed25519 key registered on the fake: its PKCS#8 PEM private key. */
  readonly ed25519: { readonly apiKey: string; readonly privateKey: string };
}

/** The ids of the `<output>` elements the page writes its JSON results to. */
export type BrowserPageOutput = 'ticker' | 'book' | 'hmac' | 'ed25519' | 'errors' | 'closed';
