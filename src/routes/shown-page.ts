import { createContext, useContext } from 'react';

/** What the router knows of the page it shows, for the page frame (layout.tsx). */
export interface ShownPage {
  /** The page has its own link to the map, so the footer leaves it out (one map link a page). */
  readonly linksToMap: boolean;
  /** What the page needed could not be loaded (offline, a new deploy): the frame shows an apology. */
  readonly failed: boolean;
}

export const ShownPageContext = createContext<ShownPage>({ linksToMap: false, failed: false });

export const useShownPage = (): ShownPage => useContext(ShownPageContext);

/** Set by the browser's router when a page could not be loaded; never on the server. */
export const PageFailedContext = createContext(false);
