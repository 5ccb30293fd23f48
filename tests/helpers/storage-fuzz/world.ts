/**
 * The real side of the storage model test (`npm run fuzz:storage`): the app's own stores and
 * actions, running in Node on a localStorage whose quota a step can fill.
 *
 * One set of store modules plays every tab and every page load. A "reload" puts each store back
 * to its first state and runs the app's start-up again against what is saved; a second tab is
 * the same, with this tab's memory put back afterwards without saving anything. The check after
 * every step reloads from a copy of storage, so it changes nothing.
 */
import { readBankDir } from '../../../scripts/lib/read-bank-dir';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { parseBank, describeBankProblems } from '../../../src/domain/bank/parse-bank';
import { makeBankBundle, parseBankBundle } from '../../../src/domain/bank/bank-bundle';
import { makeBankFiles } from '../make-bank';

// ---------------------------------------------------------------------------------------
// A localStorage with a quota
// ---------------------------------------------------------------------------------------

/** localStorage in memory. With a `limit`, a write that would take the total past it throws. */
export class QuotaStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Characters (keys and values) the storage may hold, or null for no limit. */
  limit: number | null = null;

  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.has(key) ? this.items.get(key)! : null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    const k = String(key);
    const v = String(value);
    if (this.limit !== null) {
      const old = this.items.get(k);
      const after =
        this.usage() - (old === undefined ? 0 : k.length + old.length) + k.length + v.length;
      if (after > this.limit)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(k, v);
  }
  usage(): number {
    let total = 0;
    for (const [k, v] of this.items) total += k.length + v.length;
    return total;
  }
  entries(): [string, string][] {
    return [...this.items.entries()].sort(([a], [b]) => a.localeCompare(b));
  }
  /** A copy holding the same items, with no limit. */
  copy(): QuotaStorage {
    const c = new QuotaStorage();
    for (const [k, v] of this.items) c.items.set(k, v);
    return c;
  }
}

type Global = Record<string, unknown>;

/** Points `window.localStorage` at `storage` (the store modules look it up on every call). */
export function useStorage(storage: Storage) {
  Object.defineProperty(globalThis, 'localStorage', {
    value: storage,
    configurable: true,
    writable: true,
  });
}

/** A `window` for Node: globalThis, with event listeners (the app listens for other tabs). */
export function installEnvironment(storage: Storage) {
  const g = globalThis as Global;
  if (g.window === undefined) g.window = globalThis;
  if (typeof g.addEventListener !== 'function') {
    const target = new EventTarget();
    g.addEventListener = target.addEventListener.bind(target);
    g.removeEventListener = target.removeEventListener.bind(target);
    g.dispatchEvent = target.dispatchEvent.bind(target);
  }
  useStorage(storage);
}

// ---------------------------------------------------------------------------------------
// Banks
// ---------------------------------------------------------------------------------------

export type Banks = { builtIn: Bank; custom: Bank; customText: string };

export async function loadBanks(root: string): Promise<Banks> {
  const read = await readBankDir(`${root}/questions`);
  if (!read.ok) throw new Error(`questions/ could not be read: ${JSON.stringify(read.problems)}`);
  const parsed = parseBank(read.files);
  if (!parsed.ok)
    throw new Error(`questions/ does not parse:\n${describeBankProblems(parsed.problems)}`);
  const customText = makeBankBundle(makeBankFiles());
  const custom = parseBankBundle(customText);
  if (!custom.ok) throw new Error('the test bank does not parse as a bank file');
  return { builtIn: parsed.bank, custom: custom.bank, customText };
}

// ---------------------------------------------------------------------------------------
// Stores as tabs
// ---------------------------------------------------------------------------------------

/** What a tab test needs of a zustand store; `persist` only on stores saved by the middleware. */
export type AnyStore = {
  getState: () => object;
  setState: (state: object, replace: true) => void;
  getInitialState: () => object;
  persist?: {
    getOptions: () => { name?: string; storage?: unknown };
    setOptions: (o: { name?: string; storage?: never }) => void;
    rehydrate: () => Promise<void> | void;
  };
};

const noSaving = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

/** Runs `fn` with every persisted store's saving turned off. */
export function withoutSaving(stores: AnyStore[], fn: () => void) {
  const saved = stores.map((s) => s.persist?.getOptions().storage);
  for (const s of stores) s.persist?.setOptions({ storage: noSaving as never });
  try {
    fn();
  } finally {
    stores.forEach((s, i) => {
      if (s.persist) s.persist.setOptions({ storage: saved[i] as never });
    });
  }
}

export type TabMemory = { states: object[]; names: (string | undefined)[] };

/** Everything a tab holds in memory: each store's state, and which key each saves under. */
export function rememberTab(stores: AnyStore[]): TabMemory {
  return {
    states: stores.map((s) => s.getState()),
    names: stores.map((s) => s.persist?.getOptions().name),
  };
}

/** Puts a tab's memory back, saving nothing. */
export function restoreTab(stores: AnyStore[], memory: TabMemory) {
  withoutSaving(stores, () => {
    stores.forEach((s, i) => {
      const name = memory.names[i];
      if (s.persist && name !== undefined) s.persist.setOptions({ name });
      s.setState(memory.states[i]!, true);
    });
  });
}

/** Every store back to its first state, saving nothing (the start of a page load). */
export function emptyTab(stores: AnyStore[]) {
  withoutSaving(stores, () => {
    for (const s of stores) s.setState(s.getInitialState(), true);
  });
}
