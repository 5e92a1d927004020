import { describe, expect, it } from 'vitest';
import { testFlow as flow } from '@/engine/test-flow';
import { createJourneyStore, JOURNEY_STORE_KEY, JOURNEY_STORE_VERSION, validSavedJourney } from '@/stores/journey-store';

/** An in-memory Storage, so the store is tested against the same interface localStorage has. */
const memoryStorage = (initial: Record<string, string> = {}): Storage => {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
};

const saved = { stepId: 'logs', answers: 'who.visitor_reload.not-fixed', savedAt: 1700000000000 };
const stored = (state: unknown, version = JOURNEY_STORE_VERSION) => ({ [JOURNEY_STORE_KEY]: JSON.stringify({ state, version }) });

describe('validSavedJourney', () => {
  it('accepts a save that replays to its step', () => {
    expect(validSavedJourney(flow, saved)).toEqual(saved);
  });

  it.each([
    ['null', null],
    ['a string', 'logs'],
    ['a wrong type', { ...saved, savedAt: 'yesterday' }],
    ['an empty journey', { ...saved, answers: '' }],
    ['a journey to another step', { ...saved, stepId: 'fixed' }],
    ['a huge value', { ...saved, answers: 'who.visitor_'.repeat(1000) }],
  ])('rejects %s', (_name, value) => {
    expect(validSavedJourney(flow, value)).toBeNull();
  });
});

describe('the journey store', () => {
  it('saves and restores a journey', async () => {
    const storage = memoryStorage();
    createJourneyStore(flow, () => storage).getState().save(saved);
    const later = createJourneyStore(flow, () => storage);
    await later.persist.rehydrate();
    expect(later.getState().saved).toEqual(saved);
  });

  it.each([
    ['text that is not JSON', { [JOURNEY_STORE_KEY]: '{"state":' }],
    ['another version', stored({ saved }, 0)],
    ['a journey that no longer replays', stored({ saved: { ...saved, answers: 'who.robot' } })],
  ])('discards %s quietly', async (_name, initial) => {
    const store = createJourneyStore(flow, () => memoryStorage(initial));
    await expect(store.persist.rehydrate()).resolves.toBeUndefined();
    expect(store.getState().saved).toBeNull();
  });

  it('keeps working when storage is unavailable or throws', async () => {
    const throwing = () => {
      throw new Error('SecurityError');
    };
    const store = createJourneyStore(flow, throwing);
    await store.persist.rehydrate();
    store.getState().save(saved);
    expect(store.getState().saved).toEqual(saved);
  });
});
