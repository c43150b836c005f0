/** A tiny typed event emitter: `on(type, listener)` returns unsubscribe; a throwing listener does not stop the others. */
export interface EventEmitter<Events extends object> {
  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, event: Events[K]): void;
  clear(): void;
}

export function createEventEmitter<Events extends object>(): EventEmitter<Events> {
  const listeners = new Map<keyof Events, Set<(event: never) => void>>();
  return {
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener as (event: never) => void);
      return () => void set.delete(listener as (event: never) => void);
    },
    emit(type, event) {
      for (const listener of [...(listeners.get(type) ?? [])]) {
        try {
          (listener as (event: Events[typeof type]) => void)(event);
        } catch (error) {
          // A view's bug must not break the capture: report it where developers look.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    clear() {
      listeners.clear();
    },
  };
}
