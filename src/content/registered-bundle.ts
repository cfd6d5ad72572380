// The lazy bundles (the card UI, the change tools) register what they bring in this world's
// global scope, under a symbol, when the content script has them run (see import-bundle.ts).

const loading = new Map<symbol, Promise<unknown>>();

/**
 * What the bundle `load` runs registers under `key`: loaded once per frame, and a failed load
 * is tried again on the next need.
 */
export function registeredBy<T>(key: symbol, load: () => Promise<void>): Promise<T> {
  let registered = loading.get(key) as Promise<T> | undefined;
  if (!registered) {
    registered = load().then(() => {
      const value = (globalThis as Record<symbol, T | undefined>)[key];
      if (!value) throw new Error(`the bundle of ${key.description} did not register`);
      return value;
    });
    registered.catch(() => loading.delete(key));
    loading.set(key, registered);
  }
  return registered;
}
