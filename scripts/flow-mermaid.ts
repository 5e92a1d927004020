// `npm run flow:mermaid`: prints the flow as a Mermaid flowchart, for docs, reviews and pasting into
// any Mermaid viewer. Titles and answer labels come from the content, as on the site.
import ui from '@content/en/ui.json';
import { readContent } from '@/content/read-content';
import { flow } from '@/flows/current';
import { toMermaid } from '@/map/mermaid';

const { texts, problems } = readContent(process.cwd());
if (problems.length > 0) {
  console.error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}: run npm run check:content.`);
  process.exit(1);
}

// Advice steps may leave "Did this fix it?" to the shared labels, as the site does.
const sharedLabels: Readonly<Record<string, string>> = { fixed: ui.fixed, 'not-fixed': ui.notFixed };

process.stdout.write(
  toMermaid(flow, {
    title: (stepId) => texts[stepId]?.title ?? stepId,
    answerLabel: (stepId, answerId) => texts[stepId]?.answers[answerId]?.label ?? sharedLabels[answerId] ?? answerId,
  }),
);
