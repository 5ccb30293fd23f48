/** Storage keys that code outside their store needs without loading the store itself. */
export const GROUP_STORAGE_KEY = 'rally:group';
