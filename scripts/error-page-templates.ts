// The ready-made 502 pages as the build and the tests read them: English in public/error-pages/, each
// other locale in its folder (public/error-pages/es/nginx-502.html), keyed by path relative to it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, sourceLocale } from '../src/registry/locales.ts';

/** Every template under `folder`, by its path relative to it: `nginx-502.html`, `es/nginx-502.html`. */
export const readTemplates = (folder: string): Record<string, string> =>
  Object.fromEntries(
    localeCodes
      .map((locale) => (locale === sourceLocale ? '' : `${locale}/`))
      .filter((prefix) => existsSync(join(folder, prefix)))
      .flatMap((prefix) =>
        readdirSync(join(folder, prefix))
          .filter((file) => file.endsWith('-502.html'))
          .sort()
          .map((file) => [`${prefix}${file}`, readFileSync(join(folder, prefix, file), 'utf8')]),
      ),
  );
