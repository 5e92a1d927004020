/**
 * Whether a click is a plain left click that no handler has taken yet: the page may then follow the link
 * itself. A click with a modifier key (a new tab or window, a download) or another button is the browser's.
 */
export const isPlainClick = (event: Pick<MouseEvent, 'defaultPrevented' | 'button' | 'metaKey' | 'altKey' | 'ctrlKey' | 'shiftKey'>): boolean =>
  !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
