/**
 * A sessionStorage key for this frame. Same-origin frames of one tab (several embeds on one page)
 * share sessionStorage; the frame's name, which the embed script sets, keeps their entries apart.
 */
export const frameKey = (base: string): string => {
  const name = typeof window === 'undefined' ? '' : window.name.slice(0, 64);
  return name ? `${base}:${name}` : base;
};
