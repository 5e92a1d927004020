// Build-time and tests: how long the lead of a step is, the words that stand between its heading and
// its answers (see remarkStepSections).

/**
 * The most words a question page may show before its answers: one or two short sentences. The rest of
 * what helps people answer belongs in a `##` section, which folds below the answers.
 */
export const MAX_LEAD_WORDS = 40;

/** The words of an MDX step's lead: its text before the first `##` heading, without markup. */
export const leadWords = (mdx: string): string[] => {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const lead = body.split(/^## /m)[0];
  const text = lead
    .replace(/^```[\s\S]*?^```/gm, ' code ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_`>[\]|-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
};
