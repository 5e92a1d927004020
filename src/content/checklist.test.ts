import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncoveredChecklistIds } from '@/content/check-content';
import { checklist, checklistIds } from '@/content/checklist';
import { readContent } from '@/content/read-content';
import { http502Flow as flow } from '@/flows/http-502';

// The checklist's source sits beside the repository in the team's workspace and in CI.
const source = join(process.cwd(), '..', 'shared', 'CONTENT-CHECKLIST.md');

describe('the content checklist', () => {
  it('is covered, every id of it, by at least one step of the flow', () => {
    expect(uncoveredChecklistIds(readContent(process.cwd()).texts, flow)).toEqual([]);
  });

  it('gives every id a one-line summary', () => {
    for (const id of checklistIds) expect(checklist[id].length, id).toBeGreaterThan(5);
  });

  it.skipIf(!existsSync(source))('has exactly the ids of ../shared/CONTENT-CHECKLIST.md', () => {
    const ids = [...readFileSync(source, 'utf8').matchAll(/^- ([MVPOFE]\d+) /gm)].map((m) => m[1]);
    expect(checklistIds).toEqual(ids);
  });
});
