/**
 * The content checklist (../shared/CONTENT-CHECKLIST.md) as data: every id a step can say it covers,
 * with a one-line summary. A test proves each id is covered by at least one step.
 */
export const checklist = {
  M1: 'What 502 means: a gateway got an invalid response, or none, from its upstream (a 5xx, RFC 9110)',
  M2: 'The chain: client, one or more gateways, upstream; which hop failed is the question',
  M3: "Usually not the visitor's device, usually temporary; lasting 502s are for the owner to fix",
  M4: 'The many faces of the same error: wordings and branded pages that all mean 502',
  M5: 'Neighbours: 500, 502, 503, 504 and Cloudflare 520-527, and how to tell them apart',
  M6: 'Why 502s spike: traffic surges, many layers, each platform wrapping the error differently',
  M7: 'Is it a security risk? Not in itself',
  M8: 'A 502 can be cached by a CDN, a proxy or a browser: bypass or purge the cache to check',
  V1: 'Reload after a few seconds (most 502s are transient)',
  V2: 'Check whether the site is down for everyone or just you (other sites, a status page, a checker)',
  V3: 'Open the site in a private/incognito window, or another browser',
  V4: 'Clear the cache and cookies for that site (steps for the browser in use)',
  V5: 'Try another device or another network (a phone on mobile data)',
  V6: 'If many sites fail: restart the modem or router, check with the internet provider',
  V7: 'A VPN, proxy or browser extension in the way: turn it off and retry',
  V8: 'Flush the DNS cache, or try another DNS resolver (when a site moved servers)',
  V9: 'Wait, then tell the site what to send: URL, time with time zone, what was tried',
  P1: 'A 502 from your own forward proxy or pool: the proxy got no valid answer, or the node failed',
  P2: 'Rotate to another proxy or IP and retry, with exponential backoff, a cap and jitter',
  P3: 'Retry only idempotent requests, honour Retry-After, code for a client that retries',
  O1: 'Reproduce, note time, URL, path and client, and find which layer produced the 502',
  O2: 'Check the upstream is running and healthy; restart it; did a deploy break it?',
  O3: "Read the gateway's error log and the app's log at that time",
  O4: 'Compare what the upstream sends: invalid or oversized headers, truncated body, bad Content-Length',
  O5: 'Bypass the gateway: request the upstream directly',
  O6: 'Gateway configuration: proxy target, forwarded headers, buffers',
  O7: 'Timeouts and keep-alive timeouts aligned across gateway, load balancer and app',
  O8: 'DNS: upstream names resolve to the right address',
  O9: 'TLS between gateway and upstream',
  O10: 'Firewalls, security groups, SELinux and rate limits between gateway and upstream',
  O11: 'Load balancer health checks and backend pools: unhealthy or empty pools',
  O12: 'Overload and exhaustion: worker limits, memory and the OOM killer, connections, the database',
  O13: 'Patterns: only some paths, one upstream, some clients, some regions',
  O14: 'Where each kind of gateway writes its logs, and what its 502 looks like there',
  F1: 'Retry policies with backoff, only for idempotent requests',
  F2: 'Caching at the edge for static and idempotent content, to shed load during bursts',
  F3: 'Redundancy: several upstream instances, failover, diverse network paths',
  F4: 'Health checks and circuit breakers that take unhealthy upstreams out',
  F5: 'Monitoring and alerts: 5xx rate, upstream times, DNS, TLS, cache hit rate, tracing',
  F6: 'Fallbacks and agreements with third parties; disaster-recovery and chaos tests',
  F7: 'Graceful degradation while an upstream is down',
  E1: 'When it lasts more than a few minutes, escalate with an incident report',
  E2: 'To the host or CDN, with the evidence they ask for: request or Ray ID, traces, HAR, logs',
  E3: 'Write down what was learnt after the incident',
} as const;

/** A checklist id, such as V1 or O14. */
export type ChecklistId = keyof typeof checklist;

/** Every checklist id, in the checklist's order. */
export const checklistIds = Object.keys(checklist) as ChecklistId[];
