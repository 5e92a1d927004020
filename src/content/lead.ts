// Build-time and tests: how long the lead of a step is, the words that stand between its heading and
// its answers (see remarkStepSections).

/**
 * The most words a question page may show before its answers: one or two short sentences. The rest of
 * what helps people answer belongs in a `##` section, which folds below the answers.
 */
export const MAX_LEAD_WORDS = 40;

/** An MDX step's lead: its source after the frontmatter and before the first `##` heading. */
export const leadOf = (mdx: string): string => mdx.replace(/^---\n[\s\S]*?\n---\n/, '').split(/^## /m)[0];

/** The words of an MDX step's lead, without markup. */
export const leadWords = (mdx: string): string[] => {
  const text = leadOf(mdx)
    .replace(/^```[\s\S]*?^```/gm, ' code ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_`>[\]|-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
};
