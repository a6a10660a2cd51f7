import { createContext, useContext } from 'react';
import type { AppError } from '../../../shared/result';

/** One message shown in the toast area. */
export interface Toast {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly title: string;
  readonly body?: string;
  readonly details?: readonly string[];
}

/** How screens report to the user. */
export interface ToastApi {
  /** Shows a failure: what was being done (`title`) and, if known, what went wrong. Stays until closed. */
  error(title: string, error?: AppError): void;
  /** Shows a short confirmation that disappears by itself. */
  info(text: string): void;
}

/** The toast functions of the nearest ToastProvider. */
export const ToastContext = createContext<ToastApi | null>(null);

/** The toast functions; throws if used outside a ToastProvider (a programming error). */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider');
  return api;
}
