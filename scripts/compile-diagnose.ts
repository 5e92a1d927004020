// `npm run compile:diagnose`: writes src/diagnose/compiled-index.ts, the index of the classifier's table
// (its automaton words and the rows each stands for), so that the first diagnose() need not work it out.
// With --check it writes nothing and fails when the file is not the table's (the build runs it so).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexTable } from '@/diagnose/table-index';

const file = join(process.cwd(), 'src', 'diagnose', 'compiled-index.ts');
const { rows, words, owners, markers, markerWords } = indexTable();
const source = `// Written by \`npm run compile:diagnose\` from the table in src/diagnose/patterns: do not edit. The unit
// tests and the build fail when it no longer matches the table.
import type { TableIndex } from '@/diagnose/table-index';

export const compiledIndex: TableIndex = {
  rows: ${rows},
  words: ${JSON.stringify(words)},
  owners: ${JSON.stringify(owners)},
  markers: ${JSON.stringify(markers)},
  markerWords: ${JSON.stringify(markerWords)},
};
`;
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== source) {
    console.error('src/diagnose/compiled-index.ts is not the index of the table in src/diagnose/patterns: run npm run compile:diagnose.');
    process.exit(1);
  }
} else {
  writeFileSync(file, source);
  console.log(`src/diagnose/compiled-index.ts: ${rows} rows, ${words.length} automaton words, ${markers.length} line markers.`);
}
