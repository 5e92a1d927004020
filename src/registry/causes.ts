/**
 * Why a gateway could not get a good answer, and the one advice step of the flow that fixes each
 * cause. The flow's log questions name the cause of each answer and the classifier names the cause of
 * each pattern; both reach their step through this table, so the same cause always leads to the same
 * page (registry.test.ts). Step ids are those of src/flows/http-502.ts.
 */
export const causeSteps = {
  'upstream-down': 'start-the-upstream',
  'upstream-crash-or-reset': 'find-why-the-upstream-crashed',
  'upstream-timeout': 'speed-up-or-extend-timeouts',
  'invalid-response-header': 'fix-invalid-upstream-response',
  'header-too-large': 'raise-header-buffers',
  'tls-handshake': 'fix-tls-to-the-upstream',
  'dns-resolution': 'fix-upstream-dns',
  // The gateway kept an address its upstream no longer has: the same step makes it look the name up again.
  'stale-address': 'fix-upstream-dns',
  'permission-or-selinux': 'check-socket-and-permissions',
  'socket-missing': 'check-socket-and-permissions',
  // The app could not listen: another process holds its port or socket.
  'address-in-use': 'check-socket-and-permissions',
  // SELinux or AppArmor forbids the gateway's connection to a TCP port.
  'selinux-denied': 'allow-the-connection-in-selinux',
  // A firewall, a security group or a missing route: the connection is dropped or has nowhere to go.
  'connect-blocked': 'open-the-firewall-to-the-upstream',
  'resource-exhaustion': 'relieve-resource-exhaustion',
  'no-healthy-backend': 'restore-healthy-backends',
  'keepalive-race': 'align-keepalive-timeouts',
  'protocol-mismatch': 'match-the-upstream-protocol',
  // Pods that get requests before they are ready or after they were told to stop.
  'rollout-not-ready': 'make-rollouts-wait-for-readiness',
  // A platform's app that never starts or keeps crashing (Heroku H10, Cloud Run, App Service, Render, Fly.io).
  'app-will-not-start': 'fix-an-app-that-will-not-start',
  // IIS's ASP.NET Core Module could not start the app (502.5, 500.30).
  'ancm-start-failure': 'fix-the-aspnet-core-module-start',
  // A CDN or browser still serving the 502 it stored while the site was failing.
  'cached-error': 'clear-the-cached-502',
  // The gateway's or platform's own configuration: rejected at load or reload ([emerg], 500.19), or no
  // route for the request's host or path (Kong, APISIX, Envoy NR/NC, Traefik, ingress-nginx's default backend).
  'config-error': 'fix-the-gateway-configuration',
} as const;

/** A cause that names what failed, so that one step of the flow fixes it. */
export type ExplainedCause = keyof typeof causeSteps;

export const explainedCauses = Object.keys(causeSteps) as ExplainedCause[];

/** The step that fixes a cause. */
export const stepForCause = (cause: ExplainedCause): string => causeSteps[cause];
