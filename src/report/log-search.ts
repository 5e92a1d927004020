/**
 * The command that finds a request in the gateway's own log by its id, for the people a report is
 * sent to. Only where the id the error page sent is one the log can hold: the ready-made pages'
 * docs (docs/error-pages.md) add nginx's `$request_id` to `log_format`, Apache's `%{UNIQUE_ID}e` to
 * `LogFormat`, and HAProxy's `%ID` to `log-format`; the paths are where Debian's packages log.
 */
const logFiles: Readonly<Record<string, string>> = {
  nginx: '/var/log/nginx/access.log',
  openresty: '/var/log/nginx/access.log',
  apache: '/var/log/apache2/access.log',
  haproxy: '/var/log/haproxy.log',
};

/** `grep -F '<id>' <log>` for a gateway whose log can hold the id, or undefined. */
export const logSearch = (via: string | undefined, requestId: string | undefined): string | undefined => {
  const file = via !== undefined && Object.hasOwn(logFiles, via) ? logFiles[via] : undefined;
  // The id passed the link's strict rule (hex groups or Apache's alphabet): no quote can be in it.
  if (!file || !requestId || /['\\\s]/.test(requestId)) return undefined;
  return `grep -F '${requestId}' ${file}`;
};
