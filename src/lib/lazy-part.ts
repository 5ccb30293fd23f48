/**
 * Code fetched on demand, shared between "fetch it now" and "render it". A module's loader
 * fetches it once and remembers it; a component made with `lazyPart` renders at once, in the
 * same pass, when its module is already in (React's `lazy` alone would show the fallback for
 * a moment even then). That is what lets the app fetch everything a page needs first and then
 * draw the whole page in one go, with no "Loading…" in between.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type ModuleLoader<M> = {
  /** Fetches the module (once; a failed fetch is tried again on the next call). */
  load: () => Promise<M>;
  /** The module, if it has arrived. */
  loaded: () => M | undefined;
};

export function moduleLoader<M>(load: () => Promise<M>): ModuleLoader<M> {
  let promise: Promise<M> | undefined;
  let value: M | undefined;
  return {
    load: () =>
      (promise ??= load().then(
        (module) => {
          value = module;
          return module;
        },
        (error: unknown) => {
          promise = undefined;
          throw error;
        },
      )),
    loaded: () => value,
  };
}

type Loaded<P> = { default: ComponentType<P> };

/** A component from a module fetched on demand, through `loader`. */
export function lazyPart<M, P extends object>(
  loader: ModuleLoader<M>,
  pick: (module: M) => ComponentType<P>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy((): Promise<Loaded<P>> => {
    const module = loader.loaded();
    if (module === undefined) return loader.load().then((m) => ({ default: pick(m) }));
    const value: Loaded<P> = { default: pick(module) };
    // A thenable that answers at once: React reads it within the same render.
    const ready = { then: (resolve: (loaded: Loaded<P>) => void) => resolve(value) };
    return ready as unknown as Promise<Loaded<P>>;
  });
}
