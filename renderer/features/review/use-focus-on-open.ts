import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes focus once the dialog opens. The dialog's showModal() runs in
 * its own effect after this component's, and moves focus itself, so this waits a turn.
 */
export function useFocusOnOpen<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => {
      ref.current?.focus();
      if (ref.current instanceof HTMLInputElement || ref.current instanceof HTMLTextAreaElement) ref.current.select();
    }, 0);
    return () => clearTimeout(timer);
  }, [open]);
  return ref;
}
