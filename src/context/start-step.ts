import type { Audience, ErrorContext, GatewayId } from '@/context/params';

// Step ids of src/flows/http-502.ts, named here rather than imported so src/context stays pure;
// start-step.test.ts proves each one exists in the flow.

/** Each gateway's "what does its log say?" step. Cloudflare has its own question about the 52x code. */
const gatewayStep: Readonly<Record<GatewayId, string>> = {
  nginx: 'what-does-nginx-log',
  // OpenResty is nginx with Lua: the same log lines.
  openresty: 'what-does-nginx-log',
  apache: 'what-does-apache-log',
  haproxy: 'what-does-haproxy-log',
  caddy: 'what-does-caddy-log',
  traefik: 'what-does-traefik-log',
  envoy: 'what-does-envoy-log',
  iis: 'what-does-iis-log',
  'ingress-nginx': 'what-does-ingress-nginx-log',
  'aws-alb': 'what-does-aws-alb-log',
  'api-gateway': 'what-does-api-gateway-log',
  cloudfront: 'what-does-cloudfront-say',
  'google-cloud-lb': 'what-does-google-cloud-lb-log',
  'cloud-run': 'what-does-cloud-run-log',
  'application-gateway': 'what-does-application-gateway-log',
  'app-service': 'what-does-app-service-log',
  cloudflare: 'which-cloudflare-error-is-it',
  heroku: 'what-does-heroku-log',
};

/** Statuses that are not a 502 and have a step of their own saying what they mean. */
const statusStep: Readonly<Record<number, string>> = {
  500: 'it-is-a-500',
  503: 'it-is-a-503',
  504: 'it-is-a-504',
};

const audienceStep = {
  owner: 'which-layer-answered',
  visitor: 'reload-the-page',
  proxy: 'does-it-fail-without-the-proxy',
} as const;

/** The first step for a reader when nothing else is known (an embed's `data-start`). */
export const audienceStartStep = (who: Audience): string => audienceStep[who];

const isCloudflareStatus = (status: number) => (status >= 520 && status <= 527) || status === 530;

/**
 * The step the wizard should open at, skipping the questions the context already answers, or
 * undefined to start at the beginning. A status that is not a 502 has its own page; otherwise a
 * visitor gets the visitor's first step, whichever gateway's page sent them (its log is not theirs to read).
 */
export const startStepFor = (context: ErrorContext): string | undefined => {
  const { status, via, who } = context;
  if (status !== undefined && statusStep[status]) return statusStep[status];
  if (who === 'visitor') return audienceStep.visitor;
  if (via === 'cloudflare' || (status !== undefined && isCloudflareStatus(status))) return gatewayStep.cloudflare;
  if (who === 'owner' && via) return gatewayStep[via];
  return who ? audienceStep[who] : undefined;
};

/** Every step id startStepFor can return, for the test that checks them against the flow. */
export const possibleStartSteps: readonly string[] = [
  ...new Set([...Object.values(gatewayStep), ...Object.values(statusStep), ...Object.values(audienceStep)]),
];
