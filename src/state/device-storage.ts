/**
 * localStorage, wrapped so that nothing saved is ever lost without the user being told:
 *
 * - A write that fails (storage full, private mode) returns a plain message instead of
 *   throwing; each store reports it here (`useSaveStatus`), and one warning on every page shows
 *   every store's failure with a download of what could not be saved.
 * - Saved data that cannot be used is copied aside under a key of its own (`keepAside`: written,
 *   then read back) before anything may remove or overwrite it. If the copy cannot be made, the
 *   original is **held**: it stays where it is, writes to its key are refused (so it cannot be
 *   overwritten), the warning offers it for download, and each later write tries the copy again.
 * - This tab remembers what it last read from or wrote to each key (`known`), so that when
 *   another tab saves while this one could not, the two can be merged (`other-tabs.ts`).
 */
import { create } from 'zustand';
import { KEPT_ASIDE_PREFIX } from './storage-keys';
import { known } from '../domain/said';

export type StoreName = 'assessment' | 'group' | 'bank' | 'language';
/** The reason given for kept data that was stored without one (see KEPT_ASIDE_REASONS). */
const UNKNOWN_REASON = known(
  /*i18n*/ {
    id: 'Saved data that could not be used.',
    message: 'Saved data that could not be used.',
  },
);

export type KeptAside = { key: string; keptAt: string; reason: string; raw: string };
/** Saved data that could not be used and could not be copied aside, so it stays in its place. */
export type Held = { key: string; reason: string; raw: string };

export type SaveStatus = {
  /** Per store, the message for its last failed save, or null when its last save worked. */
  errors: Record<StoreName, string | null>;
  held: Held[];
  /** Per key, the text this tab last read or wrote there. */
  known: Record<string, string>;
};

export const useSaveStatus = create<SaveStatus>()(() => ({
  errors: { assessment: null, group: null, bank: null, language: null },
  held: [],
  known: {},
}));

/**
 * Why a save failed, as the stores report it. English here; the save warning shows each in the
 * language in use (src/app/save-warning.tsx keeps a message for every one).
 */
export const SAVE_ERRORS = {
  unavailable: 'This browser does not allow saving on this device.',
  full: 'This device has run out of space for saved answers.',
  refused: 'This browser refused to save your answers.',
} as const;

export const HELD_MESSAGE =
  'Rally found saved data on this device that it cannot use, and there is no space to keep a copy of it. To protect that data, nothing new is being saved until there is space.';

function store(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readRaw(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): string | null {
  const s = store();
  if (!s) return SAVE_ERRORS.unavailable;
  try {
    s.setItem(key, value);
    return null;
  } catch (e) {
    const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
    return quota ? SAVE_ERRORS.full : SAVE_ERRORS.refused;
  }
}

/**
 * Writes `value` under `key`. Returns an error message when the browser refused, or when the
 * key holds data that could not be copied aside (then nothing is written).
 */
export function writeRaw(key: string, value: string): string | null {
  for (const held of useSaveStatus.getState().held.filter((h) => h.key === key))
    if (!release(held)) return HELD_MESSAGE;
  return write(key, value);
}

/** Removes `key`, unless it holds data that could not be copied aside (see `forgetHeld`). */
export function removeRaw(key: string) {
  if (useSaveStatus.getState().held.some((h) => h.key === key)) return;
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to do: if the browser will not remove it, it was not stored.
  }
  if (key in useSaveStatus.getState().known)
    useSaveStatus.setState((s) => {
      const known = { ...s.known };
      delete known[key];
      return { known };
    });
}

let keptSoFar = 0;

/** A key no other kept-aside data uses, even for two set-asides in the same millisecond. */
function newKeptAsideKey(keptAt: string): string {
  let key = '';
  for (let tries = 0; tries < 20; tries++) {
    keptSoFar += 1;
    const random = Math.floor(Math.random() * 36 ** 4).toString(36);
    key = `${KEPT_ASIDE_PREFIX}${keptAt}~${keptSoFar}-${random}`;
    if (readRaw(key) === null) break;
  }
  return key; // after 20 taken keys, keepAside's read-back still refuses to count a clash as kept
}

export type KeepAsideResult = { ok: true; kept: KeptAside } | { ok: false; error: string };

/**
 * Copies `raw` aside under a new key: writes it, then reads it back. Only when this returns
 * `ok` may the caller remove or overwrite the original.
 */
export function keepAside(raw: string, reason: string): KeepAsideResult {
  const keptAt = new Date().toISOString();
  const key = newKeptAsideKey(keptAt);
  const text = JSON.stringify({ keptAt, reason, raw });
  const error = write(key, text);
  if (error) return { ok: false, error };
  if (readRaw(key) !== text) {
    removeRaw(key);
    return { ok: false, error: 'The copy could not be read back.' };
  }
  return { ok: true, kept: { key, keptAt, reason, raw } };
}

function hold(held: Held) {
  const { held: list } = useSaveStatus.getState();
  if (list.some((h) => h.key === held.key && h.raw === held.raw)) return;
  useSaveStatus.setState({ held: [...list, held] });
}

/** Tries again to copy held data aside; on success it is no longer held. */
function release(held: Held): boolean {
  if (!keepAside(held.raw, held.reason).ok) return false;
  useSaveStatus.setState((s) => ({ held: s.held.filter((h) => h !== held) }));
  // Copied: the original may go (the store that was refused saves over it next).
  if (readRaw(held.key) === held.raw) removeRaw(held.key);
  return true;
}

/**
 * Copies `raw` (data under `key` that cannot be used) aside. Returns true when the copy was
 * made and read back, so the caller may replace or remove the original. Otherwise the original
 * is held: writes to `key` are refused until a copy can be made, and the user is warned.
 */
export function setAside(key: string, raw: string, reason: string): boolean {
  if (keepAside(raw, reason).ok) return true;
  hold({ key, reason, raw });
  return false;
}

/** `setAside`, then removes the original once it is safely copied. */
export function setAsideAndRemove(key: string, raw: string, reason: string): boolean {
  if (!setAside(key, raw, reason)) return false;
  removeRaw(key);
  return true;
}

/** Tries every held copy again ("Try saving again"). */
export function retryHeld() {
  for (const held of useSaveStatus.getState().held) release(held);
}

/** The user deleted `key` on purpose: anything held for it goes too. */
export function forgetHeld(key: string) {
  useSaveStatus.setState((s) => ({ held: s.held.filter((h) => h.key !== key) }));
}

/** What this tab last read from or wrote to `key`. */
export function lastKnown(key: string): string | undefined {
  return useSaveStatus.getState().known[key];
}

export function remember(key: string, text: string) {
  if (useSaveStatus.getState().known[key] === text) return;
  useSaveStatus.setState((s) => ({ known: { ...s.known, [key]: text } }));
}

export function reportSave(storeName: StoreName, error: string | null) {
  if (useSaveStatus.getState().errors[storeName] === error) return;
  useSaveStatus.setState((s) => ({ errors: { ...s.errors, [storeName]: error } }));
}

/**
 * A store's save: writes `text` under `key` and reports the outcome for `storeName`. A write
 * the browser refused is no failure when storage already holds exactly this text.
 */
export function saveValue(storeName: StoreName, key: string, text: string): string | null {
  let error = writeRaw(key, text);
  if (error !== null && error !== HELD_MESSAGE && readRaw(key) === text) error = null;
  if (error === null) remember(key, text);
  reportSave(storeName, error);
  return error;
}

export function listKeptAside(): KeptAside[] {
  const s = store();
  if (!s) return [];
  const found: KeptAside[] = [];
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(KEPT_ASIDE_PREFIX)) keys.push(key);
  }
  for (const key of keys) {
    const value = readRaw(key);
    if (value === null) continue;
    const keyTime = key.slice(KEPT_ASIDE_PREFIX.length).split('~')[0]!;
    try {
      const parsed = JSON.parse(value) as Partial<KeptAside>;
      found.push({
        key,
        keptAt: typeof parsed.keptAt === 'string' ? parsed.keptAt : keyTime,
        reason: typeof parsed.reason === 'string' ? parsed.reason : UNKNOWN_REASON,
        raw: typeof parsed.raw === 'string' ? parsed.raw : value,
      });
    } catch {
      found.push({
        key,
        keptAt: keyTime,
        reason: UNKNOWN_REASON,
        raw: value,
      });
    }
  }
  return found.sort((a, b) => a.keptAt.localeCompare(b.keptAt) || a.key.localeCompare(b.key));
}
