import type englishUi from '../../content/en/ui.json';
import type { PagePart, pageParts } from '@/content/ui-parts';

/** The shape of every locale's ui.json (check:content holds them to English's). */
export type UiWords = typeof englishUi;

/** The wizard's words: each page part cut down to the keys it shows (ui-parts.ts). */
export type CoreWords = Omit<UiWords, PagePart> & { readonly [P in PagePart]: Pick<UiWords[P], Extract<(typeof pageParts)[P][number], keyof UiWords[P]>> };
