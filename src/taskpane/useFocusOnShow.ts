/**
 * Moves the keyboard (and a screen reader's reading point) to what just appeared: a preview,
 * a write's result, a failure. The element gets tabIndex -1 from the caller so it can hold focus
 * without joining the tab order.
 */
import { useEffect, useRef } from 'react';

export function useFocusOnShow<T extends HTMLElement>(key: unknown = null) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
    // The screen this one replaced held focus; when it left, focus fell to the page (or the
    // focus manager put it back somewhere) after this effect ran: take it once more, then.
    const again = setTimeout(() => {
      const active = document.activeElement;
      if (ref.current && (active === null || active === document.body)) ref.current.focus();
    }, 0);
    return () => clearTimeout(again);
  }, [key]);
  return ref;
}
