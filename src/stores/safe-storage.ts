import type { PersistStorage, StorageValue } from 'zustand/middleware';

/**
 * JSON over localStorage that never throws: storage may be missing (server render), blocked (a sandboxed
 * iframe, strict privacy settings), full, or hold text that is not JSON. Unreadable entries are removed.
 */
export const safeJsonStorage = <S>(getStorage: () => Storage | undefined): PersistStorage<S> => {
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    getItem: (name) => {
      const store = storage();
      try {
        const text = store?.getItem(name);
        return text ? (JSON.parse(text) as StorageValue<S>) : null;
      } catch {
        store?.removeItem(name);
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        // Saving only helps a later resume; the journey itself lives in the URL.
      }
    },
    removeItem: (name) => {
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to clean up if storage is unreachable.
      }
    },
  };
};
