// `npm run catalog:diagnose [-- <locale>…]`: brings content/<locale>/diagnose.json in line with the
// classifier's sentences (src/diagnose/sentences.ts), for every locale but English unless named:
// translations kept in the classifier's order, a new sentence added with an empty translation to
// fill in, a sentence the classifier no longer says dropped. check:content fails until none is empty.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseSentences } from '@/diagnose/sentences';
import { isLocale, localeCodes, sourceLocale } from '@/registry/locales';

const asked = process.argv.slice(2);
const unknown = asked.filter((code) => !isLocale(code) || code === sourceLocale);
if (unknown.length > 0) throw new Error(`${unknown.join(', ')}: name locales other than English (${localeCodes.filter((c) => c !== sourceLocale).join(', ')}).`);

for (const locale of asked.length > 0 ? asked : localeCodes.filter((code) => code !== sourceLocale)) {
  const file = join('content', locale, 'diagnose.json');
  const old: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const catalog = Object.fromEntries(diagnoseSentences.map((sentence) => [sentence, typeof old[sentence] === 'string' ? old[sentence] : '']));
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
  const empty = Object.values(catalog).filter((t) => t === '').length;
  const dropped = Object.keys(old).filter((sentence) => !Object.hasOwn(catalog, sentence)).length;
  console.log(`${file}: ${diagnoseSentences.length} sentences, ${empty} to translate, ${dropped} dropped.`);
}
