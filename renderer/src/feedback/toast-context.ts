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

/** Registers the element toasts appear in (a callback ref); null = the fixed corner of the window. */
export type ToastSlotSetter = (element: HTMLElement | null) => void;

/** Lets a screen give toasts a place of their own, out of the way of its content. */
export const ToastSlotContext = createContext<ToastSlotSetter | null>(null);

/**
 * A callback ref for the element toasts should appear in while it is mounted (the map screen puts
 * them under its side panel, so they never cover the map or the selection).
 */
export function useToastSlot(): ToastSlotSetter | undefined {
  return useContext(ToastSlotContext) ?? undefined;
}
