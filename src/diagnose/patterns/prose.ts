// The status as people write it around a paste ("it returns a 502", "we get 504 errors", "HTTP 503",
// "502错误"):
// the word before the number, or what follows it, says it is a status and not a port or a size.
const before = '(?:an?|the|got|gets?|getting|returns?|returned|returning|throws?|threw|throwing|gives?|gave|giving|shows?|showed|showing|receives?|received|receiving|with|sees?|saw|seeing|causing|causes|caused|intermittent|random|sporadic|occasional|frequent|http|error|status|code)';
// A gateway's name right before the number ("nginx 502", "Traefik: 504").
const products = '(?:nginx|openresty|kong|apisix|apache|httpd|haproxy|traefik|caddy|envoy|istio|iis|arr|alb|elb|cloudflare|cloudfront|heroku|vercel|netlify)';
const after = "(?:s|'s| errors?| responses?| status(?: code)?| codes?)";

/** The two ways a sentence names `code` as a status. */
// `(?<!\w)` and not `\b` before the word: the same here, as every word begins with a letter, but V8 took
// about 2.5 ms to compile each `\b` lookbehind on its first use, half of a first diagnose().
export const proseStatus = (code: number): readonly RegExp[] => [
  new RegExp(`(?<=(?<!\\w)(?:${before}|${products}):? )${code}(?![0-9:/]|\\.[0-9])`, 'i'),
  new RegExp(`${code}(?=${after}\\b|错误|錯誤|エラー)`, 'i'),
];

/** The statuses a sentence around a paste usually names. */
export const proseCodes = [500, 502, 503, 504] as const;
