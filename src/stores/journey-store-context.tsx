import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { flow } from '@/flows/current';
import { createJourneyStore, type JourneyState } from '@/stores/journey-store';

type Store = ReturnType<typeof createJourneyStore>;
const JourneyStoreContext = createContext<Store | null>(null);

/** Gives its subtree its own journey store, and reads saved state only once the page has hydrated. */
export const JourneyStoreProvider = ({ children }: { children: ReactNode }) => {
  const [store] = useState(() => createJourneyStore(flow));
  useEffect(() => {
    void store.persist.rehydrate();
  }, [store]);
  return <JourneyStoreContext.Provider value={store}>{children}</JourneyStoreContext.Provider>;
};

/** Reads the journey store through a selector. */
export const useJourneyStore = <T,>(selector: (state: JourneyState) => T): T => {
  const store = useContext(JourneyStoreContext);
  if (!store) throw new Error('useJourneyStore needs a JourneyStoreProvider above it.');
  return useStore(store, selector);
};
