import type { ComponentId } from '@/diagnose/components';
import { apacheHttpdPatterns, apacheProxyFcgiPatterns } from '@/diagnose/patterns/apache';
import { gunicornPatterns, nodePatterns, passengerPatterns, phpFpmPatterns, pumaPatterns, unicornPatterns, uwsgiPatterns } from '@/diagnose/patterns/app-servers';
import { awsAlbPatterns, awsApiGatewayPatterns, awsCloudFrontPatterns } from '@/diagnose/patterns/aws';
import { cloudflarePatterns, herokuRouterPatterns } from '@/diagnose/patterns/cloudflare-heroku';
import { envoyPatterns } from '@/diagnose/patterns/envoy';
import { caddyPatterns, cloudflaredPatterns, traefikPatterns } from '@/diagnose/patterns/go-proxies';
import { fastlyPatterns, flyPatterns, netlifyPatterns, vercelPatterns } from '@/diagnose/patterns/cdns-and-platforms';
import { googleCloudLbPatterns, googleCloudRunPatterns } from '@/diagnose/patterns/google';
import { haproxyPatterns } from '@/diagnose/patterns/haproxy';
import { azureAppServicePatterns, azureApplicationGatewayPatterns, iisPatterns } from '@/diagnose/patterns/microsoft';
import { ingressNginxPatterns, nginxPatterns, openrestyPatterns } from '@/diagnose/patterns/nginx';
import { squidPatterns } from '@/diagnose/patterns/squid';
import { proseCodes, proseStatus } from '@/diagnose/patterns/prose';
import { curlPatterns, oomKillerPatterns } from '@/diagnose/patterns/system-and-client';
import { unknownPatterns } from '@/diagnose/patterns/unknown';
import type { Pattern } from '@/diagnose/types';

/** The whole knowledge table: every pattern of every component. */
export const patterns: readonly Pattern[] = [
  ...nginxPatterns,
  ...openrestyPatterns,
  ...ingressNginxPatterns,
  ...apacheHttpdPatterns,
  ...apacheProxyFcgiPatterns,
  ...haproxyPatterns,
  ...caddyPatterns,
  ...traefikPatterns,
  ...envoyPatterns,
  ...iisPatterns,
  ...awsAlbPatterns,
  ...awsApiGatewayPatterns,
  ...awsCloudFrontPatterns,
  ...googleCloudLbPatterns,
  ...googleCloudRunPatterns,
  ...azureApplicationGatewayPatterns,
  ...azureAppServicePatterns,
  ...cloudflarePatterns,
  ...cloudflaredPatterns,
  ...fastlyPatterns,
  ...vercelPatterns,
  ...netlifyPatterns,
  ...flyPatterns,
  ...herokuRouterPatterns,
  ...phpFpmPatterns,
  ...gunicornPatterns,
  ...uwsgiPatterns,
  ...unicornPatterns,
  ...pumaPatterns,
  ...passengerPatterns,
  ...nodePatterns,
  ...oomKillerPatterns,
  ...squidPatterns,
  ...curlPatterns,
  ...unknownPatterns,
];

/** Text that shows the status of an error page, for the patterns whose status is `'page'`. */
export interface StatusSign {
  readonly match: string | RegExp;
  readonly ignoreCase?: boolean;
  readonly status: number;
  /** A person's words ("we get a 504"), not a status line or a log field: it never overrides a gateway's own status. */
  readonly prose?: boolean;
}

export const statusSigns: readonly StatusSign[] = [
  { match: /(?<=^(?:< )?)HTTP\/[0-9.]{1,3} (?<status>5[0-9]{2})\b/, status: 502 },
  { match: '502 Bad Gateway', ignoreCase: true, status: 502 },
  { match: '502 Proxy Error', status: 502 },
  { match: '502 Server Error', status: 502 },
  { match: '502 ERROR', status: 502 },
  { match: 'HTTP ERROR 502', status: 502 },
  { match: /504 Gateway Time-?out/i, status: 504 },
  { match: '504 ERROR', status: 504 },
  { match: /503 Service (?:Temporarily )?Unavailable/i, status: 503 },
  { match: '503 ERROR', status: 503 },
  // CloudFront's pages for the client's own errors: "403 ERROR", "400 ERROR", "494 ERROR".
  { match: '400 ERROR', status: 400 },
  { match: '403 ERROR', status: 403 },
  { match: '404 ERROR', status: 404 },
  { match: '494 ERROR', status: 494 },
  { match: '500 Internal Server Error', ignoreCase: true, status: 500 },
  // The reason phrase alone, as people retell it ("it bails out with an internal server error").
  { match: 'Internal Server Error', ignoreCase: true, status: 500 },
  { match: /Gateway Time-?out/i, status: 504 },
  // A status as a client or a devtools panel prints it: "Status Code: 502 Bad Gateway", "status: 502,".
  { match: /status(?:[ _]?code)?["']? ?: ?["']?(?<status>[45][0-9]{2})\b/i, status: 502 },
  // A status line inside a sentence or a log line ("curl -I says HTTP/2 502").
  { match: /HTTP\/[0-9.]{1,3} (?<status>[45][0-9]{2})(?![0-9])/, status: 502 },
  // An access-log line's status after the quoted request (Common Log Format), or logfmt's status=.
  { match: /HTTP\/[0-9.]{1,3}" (?<status>[45][0-9]{2}) /, status: 502 },
  { match: /status=(?<status>[45][0-9]{2})\b/, status: 502 },
  // The status as people write it ("we get a 504", "503 errors", "HTTP 500").
  ...proseCodes.flatMap((code) => proseStatus(code).map((match): StatusSign => ({ match, status: code, prose: true }))),
];

/**
 * Products built on nginx (or Envoy) write its lines. When the text names one of them, or one of its
 * own patterns matched too, the base's findings are relabelled (case-insensitive markers, first hint
 * that matches wins).
 */
export interface FamilyHint {
  readonly from: ComponentId;
  readonly to: ComponentId;
  readonly textHas: readonly string[];
}

export const familyHints: readonly FamilyHint[] = [
  // (Its auth-url annotation sends each request to a location of its own, "/_external-auth-<hash>".)
  { from: 'nginx', to: 'ingress-nginx', textHas: ['ingress', 'nginx controller', 'does not have any active endpoint', 'kubectl', '"/_external-auth-'] },
  // ngx_lua's own lines ("[lua] balancer.lua:...") only appear in OpenResty and the gateways built on it.
  // APISIX's dubbo-proxy plugin is the one that writes upstream: "dubbo://...".
  { from: 'nginx', to: 'openresty', textHas: ['openresty', 'kong', 'apisix', '[lua]', '_by_lua', 'lua tcp socket', 'lua entry thread', 'upstream: "dubbo://'] },
  // Google's Envoy-based load balancers answer with Envoy's words ("no healthy upstream") through Google's front end.
  { from: 'envoy', to: 'cloud-run', textHas: ['cloud run', '.run.app'] },
  { from: 'envoy', to: 'google-cloud-lb', textHas: ['via: 1.1 google'] },
  // Google's front end also answers for Cloud Run: its pages on a run.app address are Cloud Run's.
  { from: 'google-cloud-lb', to: 'cloud-run', textHas: ['.run.app', 'cloud run'] },
];
