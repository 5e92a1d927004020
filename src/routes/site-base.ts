/**
 * Where this build's pages live: `/` for English, `/es/` for Spanish (vite.config.ts sets the base
 * per locale). The router works with paths inside the site (`/step/x/`); the address bar has the base.
 */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A path of the address bar as a path inside the site: `/es/step/x/` is `/step/x/` in the Spanish build. */
export const sitePath = (pathname: string): string =>
  basename && (pathname === basename || pathname.startsWith(`${basename}/`)) ? pathname.slice(basename.length) || '/' : pathname;

/** A path inside the site as the address bar shows it. */
export const addressOf = (path: string): string => `${basename}${path}`;
