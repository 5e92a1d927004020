/**
 * Whether the page is scrolled away from its top, as its last scroll event left it. Reading
 * window.scrollY when a step changes would lay the new page out in the middle of the answer's task (a
 * forced layout), and so would scrolling a page that is already at its top: the browser lays out first
 * and only then finds nothing to move.
 */
let away = false;
let watching = false;

const read = (): void => {
  away = window.scrollX !== 0 || window.scrollY !== 0;
};

/** Starts following the page's scroll position; later calls do nothing. */
export const watchScrolledAway = (): void => {
  if (watching) return;
  watching = true;
  read();
  // A scroll event runs in the frame's own scroll steps, where reading the position costs nothing more.
  window.addEventListener('scroll', read, { passive: true });
};

export const scrolledAway = (): boolean => away;
