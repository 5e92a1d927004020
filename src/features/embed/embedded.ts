import type { EmbedOptions, WizardEvent } from '@/embed/protocol';
import type * as FrameModule from '@/features/embed/frame';

// Embed mode only ever runs inside a host's frame, so its code (theme, accent, height reports, the
// host's messages) is a chunk of its own that a page in its own tab never loads. These stand-ins are
// what the rest of the app calls: each does nothing until embed mode has started.
let frame: typeof FrameModule | undefined;

/**
 * Starts embed mode in a frame whose address (or earlier load) asked for it; resolves once it runs, so
 * the first render already has the host's theme. Outside a frame it resolves at once to false.
 */
export const startEmbedMode = async (options: EmbedOptions | undefined): Promise<boolean> => {
  if (window.parent === window) return false;
  try {
    frame = await import('@/features/embed/frame');
  } catch {
    return false;
  }
  return frame.startEmbedMode(options);
};

/** Posts an event to the host page, if the wizard is embedded and its host is known. */
export const postToHost = (event: WizardEvent): void => frame?.postToHost(event);

/** Tells the host the page's height, when embedded. */
export const reportHeight = (): void => frame?.reportHeight();

/** Names the main landmark after its frame, when embedded. */
export const labelMainLandmark = (): void => frame?.labelMainLandmark();

/** Whether the live check may be offered here: in a page of its own always, in a frame only when the host allows it. */
export const liveCheckAllowedHere = (): boolean => window.parent === window || (frame?.liveCheckAllowedHere() ?? false);
