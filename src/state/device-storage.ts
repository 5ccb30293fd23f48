/**
 * localStorage, wrapped so that a failure is reported instead of thrown, and so that data that
 * cannot be used is kept aside under its own key for the user to download.
 */
import { KEPT_ASIDE_PREFIX } from './stored-assessment';

export type KeptAside = { key: string; keptAt: string; reason: string; raw: string };

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

/** Returns an error message when the browser refused to save (quota, private mode). */
export function writeRaw(key: string, value: string): string | null {
  const s = store();
  if (!s) return 'This browser does not allow saving on this device.';
  try {
    s.setItem(key, value);
    return null;
  } catch (e) {
    const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
    return quota
      ? 'This device has run out of space for saved answers.'
      : 'This browser refused to save your answers.';
  }
}

export function removeRaw(key: string) {
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to do: if the browser will not remove it, it was not stored.
  }
}

export function keepAside(raw: string, reason: string): KeptAside {
  const keptAt = new Date().toISOString();
  const key = `${KEPT_ASIDE_PREFIX}${keptAt}`;
  const record: KeptAside = { key, keptAt, reason, raw };
  writeRaw(key, JSON.stringify({ keptAt, reason, raw }));
  return record;
}

export function listKeptAside(): KeptAside[] {
  const s = store();
  if (!s) return [];
  const found: KeptAside[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(KEPT_ASIDE_PREFIX)) continue;
    const value = readRaw(key);
    if (value === null) continue;
    try {
      const parsed = JSON.parse(value) as Partial<KeptAside>;
      found.push({
        key,
        keptAt:
          typeof parsed.keptAt === 'string' ? parsed.keptAt : key.slice(KEPT_ASIDE_PREFIX.length),
        reason:
          typeof parsed.reason === 'string' ? parsed.reason : 'Saved data that could not be used.',
        raw: typeof parsed.raw === 'string' ? parsed.raw : value,
      });
    } catch {
      found.push({
        key,
        keptAt: key.slice(KEPT_ASIDE_PREFIX.length),
        reason: 'Saved data that could not be used.',
        raw: value,
      });
    }
  }
  return found.sort((a, b) => a.keptAt.localeCompare(b.keptAt));
}
