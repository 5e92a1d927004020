/**
 * A host's accent colour, used only where it stays readable: links and buttons must keep a contrast of
 * at least 4.5:1 (WCAG 2.2 AA) with the wizard's backgrounds, in light and in dark mode separately.
 */

/** The backgrounds an accent colour is drawn on, and the text drawn on it, per colour scheme (styles.css). */
const grounds = {
  light: ['#ffffff', '#fbfbf9', '#eef4fb'],
  dark: ['#1b1e23', '#121417', '#1a2433', '#0d1117'],
} as const;

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of `#rrggbb`. */
export const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The accent for each scheme where it is readable; a scheme it fails keeps the wizard's own. */
export const accentFor = (hex: string): { light?: string; dark?: string } => {
  const readable = (scheme: keyof typeof grounds) => grounds[scheme].every((ground) => contrast(hex, ground) >= 4.5);
  return { ...(readable('light') ? { light: hex } : {}), ...(readable('dark') ? { dark: hex } : {}) };
};
