import { useEffect, useRef } from 'react';

/**
 * Opens a native `<dialog>` as a modal while the component is mounted (focus trapped, page behind
 * inert), puts focus on `initialFocus` when given, and gives focus back to what had it when it closes.
 */
export function useModal(initialFocus?: React.RefObject<HTMLElement | null>): React.RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [initialFocus]);
  return ref;
}
