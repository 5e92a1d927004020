/**
 * Previews of the ready-made 502 pages (public/error-pages/), written into the build by
 * scripts/error-pages.ts: each template filled the way its gateway would fill it, with made-up but
 * realistic values, under a banner that offers the template itself. Pure: templates in, pages out.
 */
import { isLocale, localeCodes, locales, sourceLocale, type Locale } from '../src/registry/locales.ts';

/** The one place the previews' sample request lives: a shop's checkout that failed. */
export const SAMPLE = {
  scheme: 'https',
  host: 'shop.example.com',
  path: '/cart/checkout',
  query: '?step=payment',
  time: '2026-12-03T09:41:07Z',
  /** Each gateway's own id format: nginx $request_id, mod_unique_id, the lab's unique-id-format, Caddy's uuid. */
  requestIds: {
    nginx: '4f1c2d3e5a6b7c8d9e0f1a2b3c4d5e6f',
    apache: 'Z0-w8wAAQBAAAB1cNnoAAAAD',
    haproxy: '7F000001:C0A2_7F000001:01BB_692FF7F3_0001:1F4A',
    caddy: 'b9c2e7a4-3f1d-4e8a-9c5b-2d7f6a1e0c43',
  },
  ray: '8e6f1d2c3b4a5968-FRA',
} as const;

/** The placeholder address of the wizard in the templates; previews link to this site's wizard instead. */
export const WIZARD_PLACEHOLDER = 'https://gateway-doctor.example/';

/** What a template is called on the pages, by the start of its file name. */
export const GATEWAY_NAMES: Record<string, string> = {
  nginx: 'nginx',
  apache: 'Apache httpd',
  haproxy: 'HAProxy',
  caddy: 'Caddy',
  cloudflare: 'Cloudflare',
  generic: 'any server',
};

/** The banner's styles, beside the template's own; both are allowed by hash (scripts/security-headers.mjs). */
export const BANNER_CSS =
  'header{background:var(--box);border-bottom:1px solid var(--line)}header>div{max-width:40rem;margin:0 auto;padding:.75rem 1rem}' +
  'header p{margin:0 0 .5rem}summary{cursor:pointer;font-weight:600}' +
  'summary:focus-visible,pre:focus-visible{outline:3px solid var(--fg);outline-offset:2px}' +
  'pre{max-height:20rem;overflow:auto;margin:.5rem 0;padding:.75rem;background:var(--bg);border:1px solid var(--line);font-size:.8125rem}' +
  'code{font-family:ui-monospace,Menlo,Consolas,monospace}';

/** The site's icon: the templates have none (they request nothing), but the pages around them are the site's. */
const ICON = '<link rel="icon" href="/favicon.svg" type="image/svg+xml">';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unixSeconds = String(Date.parse(SAMPLE.time) / 1000);
const address = `${SAMPLE.scheme}://${SAMPLE.host}${SAMPLE.path}`;
const url = encodeURIComponent;

const missing = (gateway: string, token: string): never => {
  throw new Error(`error-page previews: no sample value for ${token} in ${gateway}-502.html (scripts/error-page-previews.ts)`);
};

/** SSI as nginx and Apache's mod_include run it: `echo` prints a variable, the rest only sets them up. */
const fillSsi = (gateway: string, html: string, vars: Record<string, string>): string =>
  html
    .replace(/<!--#\s*echo\s([^>]*?)\s*-->/g, (token, attributes: string) => {
      const name = /var="([^"]*)"/.exec(attributes)?.[1] ?? '';
      const value = vars[name] ?? missing(gateway, token);
      const encoding = /encoding="([^"]*)"/.exec(attributes)?.[1] ?? 'entity';
      return encoding === 'entity' ? escapeHtml(value) : encoding === 'none' ? value : url(value);
    })
    .replace(/<!--#[\s\S]*?-->/g, '');

/** Exact tokens, for the gateways whose syntax is an expression language (HAProxy, Caddy, Cloudflare). */
const fillTokens = (gateway: string, html: string, pattern: RegExp, values: Record<string, string>): string =>
  html.replace(pattern, (token) => values[token] ?? missing(gateway, token));

const FILL: Record<string, (html: string) => string> = {
  nginx: (html) =>
    fillSsi('nginx', html, {
      gd_rid: SAMPLE.requestIds.nginx,
      gd_time: unixSeconds,
      gd_url: address,
      scheme: SAMPLE.scheme,
      gd_host: SAMPLE.host,
      request_uri: SAMPLE.path + SAMPLE.query,
      time_iso8601: SAMPLE.time.replace('Z', '+00:00'),
    }),
  apache: (html) =>
    fillSsi('apache', html, {
      REDIRECT_UNIQUE_ID: SAMPLE.requestIds.apache,
      DATE_GMT: SAMPLE.time,
      REQUEST_SCHEME: SAMPLE.scheme,
      HTTP_HOST: SAMPLE.host,
      REDIRECT_URL: SAMPLE.path,
    }),
  // A log-format string: %[expression], and %% for a literal percent sign.
  haproxy: (html) =>
    fillTokens('haproxy', html, /%\[[^\]]*\]|%%/g, {
      '%%': '%',
      '%[unique-id]': SAMPLE.requestIds.haproxy,
      '%[unique-id,url_enc]': url(SAMPLE.requestIds.haproxy),
      '%[date]': unixSeconds,
      '%[date,utime(%Y-%m-%dT%H:%M:%SZ)]': SAMPLE.time,
      '%[var(txn.gd_url),url_enc]': url(address),
    }),
  caddy: (html) =>
    fillTokens('caddy', html, /\{\{[\s\S]*?\}\}/g, {
      '{{placeholder "http.request.uuid" | urlquery}}': url(SAMPLE.requestIds.caddy),
      '{{now | date "2006-01-02T15:04:05Z07:00" | urlquery}}': url(SAMPLE.time),
      '{{printf "%s://%s%s" (placeholder "http.request.scheme") (placeholder "http.request.hostport") (placeholder "http.request.orig_uri.path") | urlquery}}':
        url(address),
      '{{placeholder "http.request.scheme" | html}}': SAMPLE.scheme,
      '{{placeholder "http.request.hostport" | html}}': SAMPLE.host,
      '{{placeholder "http.request.orig_uri" | html}}': escapeHtml(SAMPLE.path + SAMPLE.query),
      '{{placeholder "http.request.uuid" | html}}': SAMPLE.requestIds.caddy,
      '{{now | date "2006-01-02T15:04:05Z07:00" | html}}': SAMPLE.time,
    }),
  cloudflare: (html) =>
    fillTokens('cloudflare', html, /::[A-Z0-9_]+::/g, {
      '::RAY_ID::': SAMPLE.ray,
      '::CLOUDFLARE_ERROR_500S_BOX::': '<p>(Cloudflare puts its own error box here.)</p>',
    }),
  generic: (html) => html,
};

/** Anything a gateway would have replaced, left in a page. */
export const LEFTOVER_PLACEHOLDER = /<!--#|%\[|\{\{|::[A-Z0-9_]+::/;

/**
 * The gateway a template is for, from its file name (`nginx-502.html`, `es/nginx-502.html` → `nginx`).
 * A template in another language sits in that locale's folder.
 */
export const gatewayOf = (file: string): string => baseName(file).replace(/-502\.html$/, '');

const baseName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

/** The locale of a template: its folder's name, English at the top. */
export const localeOfTemplate = (file: string): Locale => {
  const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : sourceLocale;
  if (!isLocale(folder)) throw new Error(`error-page previews: ${file} is in a folder that is no locale of the guide (src/registry/locales.ts)`);
  return folder;
};

/** Where a template's preview is, under /error-pages/: `preview/nginx/`, `preview/es/nginx/`. */
export const previewPath = (file: string): string => {
  const locale = localeOfTemplate(file);
  return `preview/${locale === sourceLocale ? '' : `${locale}/`}${gatewayOf(file)}/`;
};

/** A template with its gateway's substitutions done and its wizard link pointing at this site. */
export const fillTemplate = (file: string, html: string): string => {
  const fill = FILL[gatewayOf(file)];
  if (!fill) throw new Error(`error-page previews: ${file} is for no known gateway (scripts/error-page-previews.ts)`);
  const filled = fill(html).replaceAll(WIZARD_PLACEHOLDER, () => '/');
  if (LEFTOVER_PLACEHOLDER.test(filled)) throw new Error(`error-page previews: ${file} still has a placeholder after filling`);
  return filled;
};

/** The preview page of one template: the filled page under a banner with the template to download or copy. */
export const previewPage = (file: string, template: string): string => {
  const name = GATEWAY_NAMES[gatewayOf(file)];
  const locale = localeOfTemplate(file);
  const language = locale === sourceLocale ? '' : ` in ${locales[locale].name}`;
  // The banner is the site's, in English like this index; the page under it is in the template's language.
  const banner = `<header lang="en"><div>
<p><strong>Preview</strong> of <code>${file}</code>, the ready-made 502 page for ${name}${language}, filled with sample values (a made-up address, request id and time).</p>
<p><a href="/error-pages/${file}" download="${baseName(file)}">Download the template</a> · <a href="/error-pages/">All the ready-made pages</a></p>
<details><summary>The template, to copy</summary><pre tabindex="0"><code>${escapeHtml(template)}</code></pre></details>
</div></header>`;
  return fillTemplate(file, template)
    .replace(/<title>[^<]*<\/title>/, () => `<title>Preview: the ready-made 502 page for ${escapeHtml(name)}</title>`)
    .replace('</head>', () => `<style>${BANNER_CSS}</style>\n${ICON}\n</head>`)
    .replace('<body>', () => `<body>\n${banner}`);
};

/**
 * /error-pages/: what each page is for, and per gateway its preview and template in each language.
 * Styled by the templates' own CSS.
 */
export const indexPage = (files: readonly string[], templateCss: string): string => {
  const gateways = [...new Set(files.map(gatewayOf))];
  const items = gateways
    .map((gateway) => {
      const versions = files
        .filter((file) => gatewayOf(file) === gateway)
        .map((file) => {
          const locale = localeOfTemplate(file);
          return `<span lang="${locale}">${locales[locale].name}</span>: <a href="/error-pages/${previewPath(file)}">preview</a> · <a href="/error-pages/${file}" download="${baseName(file)}">download <code>${file}</code></a>`;
        });
      return `<li>${escapeHtml(GATEWAY_NAMES[gateway])}<ul>\n${versions.map((v) => `<li>${v}</li>`).join('\n')}\n</ul></li>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Ready-made 502 pages: Gateway Doctor</title>
${ICON}
<style>${templateCss}</style>
<style>${BANNER_CSS}</style>
</head>
<body>
<main>
<h1>Ready-made 502 pages</h1>
<p>One page per gateway, to serve instead of its bare 502 page. Each says what happened, offers “Try again”, and links to this guide with the failed request’s details, in the page’s language. Each preview shows a page as a visitor would see it, filled with sample values. How to install them: docs/error-pages.md (in Spanish docs/es/, in German docs/de/).</p>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
};

/** The templates in the index's order: by gateway, then English first and the other locales as listed. */
const byGatewayAndLocale = (a: string, b: string): number =>
  gatewayOf(a).localeCompare(gatewayOf(b)) || localeCodes.indexOf(localeOfTemplate(a)) - localeCodes.indexOf(localeOfTemplate(b));

/** Every page to write under dist/error-pages/, by path relative to it; templates by path relative to it too. */
export const errorPagePreviews = (templates: Readonly<Record<string, string>>): Record<string, string> => {
  const files = Object.keys(templates).sort(byGatewayAndLocale);
  const css = /<style>([\s\S]*?)<\/style>/.exec(templates[files[0]] ?? '')?.[1] ?? '';
  return {
    'index.html': indexPage(files, css),
    ...Object.fromEntries(files.map((file) => [`${previewPath(file)}index.html`, previewPage(file, templates[file])])),
  };
};
