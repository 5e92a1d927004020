import type { Finding } from '@/diagnose/index';
import { LINE_MATCH_CAP } from '@/diagnose/scan';

/**
 * Where and when the failed request was, as the pasted text itself says, for the incident report's
 * "Address" and "When it failed" when no error page's link told them. Only formats that name them
 * without doubt are read; anything else leaves them unknown rather than guessed.
 */
export interface PastedRequest {
  /** The host and path the client asked for ("shop.example.com/cart"), or a HAR request's http(s) URL. */
  readonly address?: string;
  /** The line's own timestamp, exactly as the log wrote it: its clock and time zone are the server's. */
  readonly loggedAt?: string;
  /**
   * When the line gives the time as Unix time instead (an SELinux audit record, Caddy's JSON "ts"):
   * the instant, in milliseconds since 1970 UTC, which needs no clock or time zone to read.
   */
  readonly loggedInstant?: number;
  /** What the client got, by the most likely finding (an HTTP error status, or 0 for no response). */
  readonly status?: number;
}

/** How much of the text is searched for a curl or HAR request line, and the longest address kept. */
const SEARCHED = 65_536;
const MAX_ADDRESS = 300;

const HOST = String.raw`(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?`;
const PATH = String.raw`/[!-~]{0,${MAX_ADDRESS}}`;
const METHOD = '(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)';

// nginx's error log: `..., request: "GET /cart HTTP/1.1", upstream: "...", host: "shop.example.com"`
// (ngx_http_log_error_handler writes request, then upstream, then host, on the one line).
const nginxRequest = new RegExp(String.raw`, request: "${METHOD} (?<path>${PATH}?) HTTP/[0-9.]{1,3}"`);
const nginxHost = new RegExp(String.raw`, host: "(?<host>${HOST})"`);
// curl -v: the request it sent, then its Host header.
const curlRequest = new RegExp(String.raw`^> ${METHOD} (?<path>${PATH}?) HTTP/[0-9.]{1,3}\r?$`, 'm');
const curlHost = new RegExp(String.raw`^> Host: (?<host>${HOST})\r?$`, 'im');
// A HAR read on this page: each failed request's text starts with its method and full URL (har.ts harText).
const harRequest = new RegExp(String.raw`^${METHOD} (?<url>https?://${HOST}(?:${PATH})?)$`, 'm');

// Timestamps at the start of a log line, or in brackets on it, in the formats the classifier's products write.
const stamps: readonly RegExp[] = [
  // nginx's error log: 2026/03/14 14:32:07
  /^(?<at>[0-9]{4}\/[0-9]{2}\/[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2})\b/,
  // ISO 8601 (Caddy, Envoy, Traefik, Kubernetes, Heroku): 2026-03-14T14:32:07.123Z
  /^(?<at>[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,9})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)(?![0-9])/,
  // Apache httpd's error log: [Sat Mar 14 14:32:07.412345 2026]
  /^\[(?<at>[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})? [0-9]{4})\]/,
  // syslog and journalctl (the kernel's OOM killer, systemd): Nov 24 14:32:06
  /^(?<at>[A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2})\b/,
  // The common log format and HAProxy: [14/Mar/2026:14:32:07 +0000], [14/Mar/2026:14:32:07.123]
  /\[(?<at>[0-9]{2}\/[A-Z][a-z]{2}\/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?: [+-][0-9]{4})?)\]/,
];

/** The host and path an nginx error line names, or the request of the curl output or HAR in the text. */
const addressIn = (lines: readonly string[], text: string): string | undefined => {
  for (const line of lines) {
    const path = nginxRequest.exec(line)?.groups?.path;
    const host = nginxHost.exec(line)?.groups?.host;
    if (path !== undefined && host) return `${host}${path}`;
  }
  const searched = text.slice(0, SEARCHED);
  const har = harRequest.exec(searched)?.groups?.url;
  if (har) return har;
  const curlPath = curlRequest.exec(searched)?.groups?.path;
  const curlHostName = curlHost.exec(searched)?.groups?.host;
  return curlPath !== undefined && curlHostName ? `${curlHostName}${curlPath}` : undefined;
};

// A response head's Date header (curl -sI, curl -v's "< " lines, devtools), in HTTP's own date format (RFC 9110, 5.6.7).
const dateHeader = /^(?:< )?date: ?(?<at>[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT)\r?$/im;

// Unix time on a log line, in seconds with a fraction: an SELinux audit record's audit(1773498727.412:1234),
// Caddy's JSON "ts":1773498727.4123 (its default time format). Ten digits cover 2001 to 2286.
const unixStamps: readonly RegExp[] = [/\baudit\((?<seconds>[0-9]{10})(?:\.(?<fraction>[0-9]{1,9}))?:[0-9]{1,20}\)/, /"ts": ?(?<seconds>[0-9]{10})(?:\.(?<fraction>[0-9]{1,9}))?[,}]/];

const instantOf = (groups: Record<string, string | undefined>): number =>
  Number(groups.seconds) * 1000 + Number((groups.fraction ?? '').padEnd(3, '0').slice(0, 3));

/** The time on the first line that has one: as written, or as an instant when it is Unix time; else a response head's Date. */
const loggedAtIn = (lines: readonly string[], text: string): Pick<PastedRequest, 'loggedAt' | 'loggedInstant'> => {
  for (const line of lines) {
    for (const stamp of stamps) {
      const at = stamp.exec(line)?.groups?.at;
      if (at) return { loggedAt: at };
    }
    for (const stamp of unixStamps) {
      const groups = stamp.exec(line)?.groups;
      if (groups) return { loggedInstant: instantOf(groups) };
    }
  }
  const at = dateHeader.exec(text.slice(0, SEARCHED))?.groups?.at;
  return at ? { loggedAt: at } : {};
};

/** At most this many findings' lines are read, the most likely first. */
const LINES_READ = 10;

/**
 * What the text says of the failed request: the address and the time on the lines of its findings
 * (the most likely first), or in the curl output, HAR request or response head (its Date) the text
 * holds; and the status the most likely finding says the client got.
 */
export const pastedRequest = (text: string, findings: readonly Pick<Finding, 'line' | 'status'>[]): PastedRequest => {
  const read = findings
    .slice(0, LINES_READ)
    .map(({ line: { start, end } }) => text.slice(Math.max(0, start), Math.min(text.length, end, Math.max(0, start) + LINE_MATCH_CAP)));
  const status = findings[0]?.status;
  const address = addressIn(read, text);
  return {
    ...(address && address.length <= MAX_ADDRESS ? { address } : {}),
    ...loggedAtIn(read, text),
    // An HTTP error status, or 0: no response at all (a gateway that did not start).
    ...(status !== undefined && Number.isInteger(status) && (status === 0 || (status >= 400 && status <= 599)) ? { status } : {}),
  };
};
