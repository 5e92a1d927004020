/**
 * Whether a response is the file the build made, before the service worker keeps it or serves it from
 * its cache: pure functions (facts and bytes in, a verdict out), shared by the worker and the build
 * script that writes each file's integrity, and unit-tested without a browser.
 */

/** Why a response is not the build's file. */
export type Refusal = 'status' | 'response-type' | 'redirected' | 'content-type' | 'integrity';

/** What the worker reads off a response before looking at its body. */
export interface ResponseFacts {
  /** The HTTP status; only 200 is a whole file. */
  status: number;
  /** The Fetch API's response type: 'basic' from the network, 'default' when built in the worker. */
  type: string;
  /** Whether the fetch followed a redirect (a captive portal's usual first move). */
  redirected: boolean;
  /** The Content-Type header, if any. */
  contentType: string | null;
}

// The content type each kind of file must come with: a portal's or a proxy's page is text/html.
// A kind not listed is checked by its integrity alone.
const CONTENT_TYPES: readonly [file: RegExp, type: RegExp][] = [
  [/\.m?js$/, /^(text|application)\/(x-)?javascript\b/i],
  [/\.css$/, /^text\/css\b/i],
  [/(\/|\.html)$/, /^text\/html\b/i],
  [/\.svg$/, /^image\/svg\+xml\b/i],
  [/\.(json|webmanifest)$/, /^application\/(manifest\+)?json\b/i],
  [/\.png$/, /^image\/png\b/i],
  [/\.ico$/, /^image\/(x-icon|vnd\.microsoft\.icon)\b/i],
  [/\.woff2$/, /^font\/woff2\b/i],
  [/\.txt$/, /^text\/plain\b/i],
];

/** Whether `contentType` is what a file at `pathname` must be served as (true for kinds not listed). */
export const hasExpectedType = (pathname: string, contentType: string | null): boolean => {
  const rule = CONTENT_TYPES.find(([file]) => file.test(pathname));
  return rule === undefined || (contentType !== null && rule[1].test(contentType.trim()));
};

/** The Subresource Integrity value of some bytes: `sha256-` and the digest in base64. */
export const integrityOf = async (bytes: BufferSource): Promise<string> => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
};

/**
 * Why the response for `pathname` is not the build's file whose integrity is `integrity`, or
 * undefined when it is that file. The cheap checks come first, so a portal's page is turned away
 * without hashing it.
 */
export const refusalOf = async (facts: ResponseFacts, bytes: BufferSource, pathname: string, integrity: string): Promise<Refusal | undefined> => {
  if (facts.status !== 200) return 'status';
  if (facts.type !== 'basic' && facts.type !== 'default') return 'response-type';
  if (facts.redirected) return 'redirected';
  if (!hasExpectedType(pathname, facts.contentType)) return 'content-type';
  if ((await integrityOf(bytes)) !== integrity) return 'integrity';
  return undefined;
};
