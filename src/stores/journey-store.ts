import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { journeyFromUrl, MAX_JOURNEY_LENGTH } from '@/engine/url';
import type { Flow } from '@/engine/types';
import { safeJsonStorage } from '@/stores/safe-storage';

/** A journey kept for a returning visitor: where they were, the encoded answers, and when. */
export interface SavedJourney {
  readonly stepId: string;
  readonly answers: string;
  readonly savedAt: number;
}

export interface JourneyState {
  readonly saved: SavedJourney | null;
  readonly save: (saved: SavedJourney) => void;
  readonly clear: () => void;
}

/** Bump when SavedJourney changes shape; older saves are then dropped, never misread. */
export const JOURNEY_STORE_VERSION = 1;
export const JOURNEY_STORE_KEY = 'gateway-doctor:journey';

/** Storage is untrusted: a save counts only if it has the right shape and still replays through the flow. */
export const validSavedJourney = (flow: Flow, value: unknown): SavedJourney | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { stepId, answers, savedAt } = value as Record<string, unknown>;
  if (typeof stepId !== 'string' || typeof answers !== 'string' || typeof savedAt !== 'number') return null;
  if (answers === '' || answers.length > MAX_JOURNEY_LENGTH || !Number.isFinite(savedAt)) return null;
  return journeyFromUrl(flow, stepId, answers).ok ? { stepId, answers, savedAt } : null;
};

/**
 * One store per wizard instance (two embeds on a page keep separate state). It does not read storage
 * until `persist.rehydrate()` is called, after React has hydrated the pre-rendered page.
 */
export const createJourneyStore = (flow: Flow, getStorage: () => Storage | undefined = () => globalThis.localStorage) =>
  createStore<JourneyState>()(
    persist(
      (set) => ({
        saved: null,
        save: (saved) => set({ saved }),
        clear: () => set({ saved: null }),
      }),
      {
        name: JOURNEY_STORE_KEY,
        version: JOURNEY_STORE_VERSION,
        storage: safeJsonStorage(getStorage),
        skipHydration: true,
        partialize: (state) => ({ saved: state.saved }),
        // No older version is worth converting: a save from another version is discarded quietly.
        migrate: () => ({ saved: null }),
        merge: (persisted, current) => ({
          ...current,
          saved: validSavedJourney(flow, (persisted as { saved?: unknown } | undefined)?.saved),
        }),
      },
    ),
  );

