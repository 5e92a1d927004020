// The one source of the headers the wizard is served with: scripts/serve.mjs sends these, the build
// checks public/_headers against them, and scripts/security-headers.test.ts checks that the README,
// docs/security-headers.md and public/_headers quote them exactly. Plain JavaScript so that the server
// runs on Node without a build step; types in security-headers.d.mts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every page of the wizard: nothing inline, nothing from elsewhere, but the live check may ask any site. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http: https:; object-src 'none'; base-uri 'none'; form-action 'self'";

// Every powerful feature the wizard never uses is denied, to itself and to anything it might frame;
// clipboard-write stays, for its own origin (the Copy buttons). clipboard-read keeps the browser's
// default (its own origin, and only after the visitor grants it): the wizard never reads the
// clipboard, but the e2e tests read what a Copy button wrote. Each name is one Chromium knows: an
// unknown one costs a console warning on every page.
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'gamepad=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'local-fonts=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-create=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'sync-xhr=()',
  'usb=()',
  'window-management=()',
  'xr-spatial-tracking=()',
].join(', ');

/** The headers every response carries (the error pages get their own Content-Security-Policy). */
export const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

/** Cache-Control: hashed assets for a year, everything else (pages, the worker, any 404) checked every time. */
export const CACHE_CONTROL = { asset: 'public, max-age=31536000, immutable', other: 'no-cache' };

/** Where the ready-made error pages and their previews are served; they get errorPagesPolicy(). */
export const ERROR_PAGES_PATH = '/error-pages/';

/**
 * The longest request target (path and query) answered with a page: the app reads at most 8,192
 * characters of query (MAX_QUERY_LENGTH in src/context/parse-context.ts, checked by a test), and nginx
 * and Apache answer 414 at about the same length by default. Longer links get link-too-long.html.
 */
export const MAX_URL_LENGTH = 8192;

/** The CSP source of each inline <style> element's text, as a browser hashes it ('sha256-…'). */
export const inlineStyleSources = (html) =>
  [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
  );

/** The policy for the error pages: the strict one, with styles allowed only by the hashes given. */
export const errorPagesPolicy = (styleSources) => {
  const sources = [...new Set(styleSources)].sort();
  if (sources.length === 0) return CONTENT_SECURITY_POLICY;
  return CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src ${sources.join(' ')}`);
};

/** errorPagesPolicy() for every .html file under a folder (dist/error-pages, with the previews). */
export const errorPagesPolicyOf = (folder) => {
  let files = [];
  try {
    files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
  } catch {
    // No error pages in this build: the strict policy is right for whatever is there.
  }
  return errorPagesPolicy(files.flatMap((entry) => inlineStyleSources(readFileSync(join(entry.parentPath, entry.name), 'utf8'))));
};
