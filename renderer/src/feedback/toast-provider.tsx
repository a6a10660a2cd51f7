import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { errorText } from './error-text';
import { ToastContext, ToastSlotContext, type Toast, type ToastApi } from './toast-context';
import { ToastRegion } from './toast-region';

/** How long a confirmation stays visible. */
const INFO_MS = 4000;
/** Errors beyond this many are dropped oldest first, so the screen never fills up. */
const MAX_ERRORS = 4;

/**
 * Provides `useToast()` and renders the toast area (errors as role="alert", confirmations as status):
 * in the slot a screen registered with `useToastSlot()`, else in the corner of the window.
 */
export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((x) => x.id !== id)), []);

  const api = useMemo<ToastApi>(
    () => ({
      error(title: string, error?: AppError) {
        const id = nextId.current++;
        const toast: Toast = {
          id,
          kind: 'error',
          title,
          ...(error ? { body: errorText(error, t, i18n.language) } : {}),
          ...(error?.details && error.details.length > 0 ? { details: error.details } : {}),
        };
        setToasts((list) => [...list.filter((x) => x.kind === 'info'), ...list.filter((x) => x.kind === 'error').slice(-(MAX_ERRORS - 1)), toast]);
      },
      info(text: string) {
        const id = nextId.current++;
        setToasts((list) => [...list.filter((x) => x.kind === 'error'), { id, kind: 'info', title: text }]);
        setTimeout(() => dismiss(id), INFO_MS);
      },
    }),
    [t, i18n.language, dismiss],
  );

  return (
    <ToastContext.Provider value={api}>
      <ToastSlotContext.Provider value={setSlot}>{children}</ToastSlotContext.Provider>
      <ToastRegion toasts={toasts} onDismiss={dismiss} slot={slot} />
    </ToastContext.Provider>
  );
}
