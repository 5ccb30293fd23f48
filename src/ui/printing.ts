/**
 * Whether the browser is printing the page: set when it announces a print (`beforeprint`) and
 * cleared when the print is over (`afterprint`). A part drawn while a print is being prepared
 * (src/ui/near-view.tsx draws everything then) can check it to draw itself for paper at once:
 * a listener added during `beforeprint` does not hear that same event.
 */
let printing = false;

if (typeof window !== 'undefined') {
  // Registered when this module is first loaded, before any part that asks.
  window.addEventListener('beforeprint', () => (printing = true), { capture: true });
  window.addEventListener('afterprint', () => (printing = false));
}

export function isPrinting(): boolean {
  return printing;
}
