/** Storage keys that code outside their store needs without loading the store itself. */
export const GROUP_STORAGE_KEY = 'rally:group';
/** The chosen language, saved as the bare code `en` or `cy` (docs/i18n.md). */
export const LANGUAGE_STORAGE_KEY = 'rally:language';
/** Where a saved value that could not be used is kept, with the time it was set aside. */
export const KEPT_ASIDE_PREFIX = 'rally:kept-aside:';

/**
 * Whether a group session may be saved on this device: then a page needs the session banner
 * and the group store it reads. Storage that cannot be read counts as yes, since a session
 * joined during this visit is then kept in memory only.
 */
export function sessionMaybeSaved(storage: Pick<Storage, 'getItem'> | null): boolean {
  if (!storage) return true;
  try {
    return storage.getItem(GROUP_STORAGE_KEY) !== null;
  } catch {
    return true;
  }
}
