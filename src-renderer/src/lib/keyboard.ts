/**
 * Shortcuts are global (the cashier should not have to aim focus), but they must not steal what the
 * browser or a focused control would rightly do with the key.
 */
const ACTIVATES_ON_ENTER = new Set(['BUTTON', 'A', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY']);

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

export function isShortcut(event: KeyLike): boolean {
  // Ctrl+C on the copy-and-paste text, Alt+Tab and friends belong to the system.
  if (event.ctrlKey || event.altKey || event.metaKey) return false;
  if (event.key === 'Enter' || event.key === ' ') {
    const tag = (event.target as { tagName?: unknown } | null)?.tagName;
    return !(typeof tag === 'string' && ACTIVATES_ON_ENTER.has(tag));
  }
  return true;
}
