import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Toast } from './toast-context';

/** Props of the toast area. */
export interface ToastRegionProps {
  readonly toasts: readonly Toast[];
  readonly onDismiss: (id: number) => void;
  /** Where the toasts go (a screen's own place for them); null: fixed in the corner of the window. */
  readonly slot?: HTMLElement | null;
}

/**
 * The fixed toast area. Errors are each a role="alert" box with a close button; confirmations go to
 * one polite live region. The live region is always in the DOM so screen readers pick it up.
 */
export function ToastRegion({ toasts, onDismiss, slot = null }: ToastRegionProps) {
  const { t } = useTranslation();
  const errors = toasts.filter((x) => x.kind === 'error');
  const infos = toasts.filter((x) => x.kind === 'info');
  const region = (
    <div className={slot ? 'toasts toasts-in-slot' : 'toasts'}>
      {errors.map((toast) => (
        <div key={toast.id} className="toast toast-error" role="alert">
          <div className="toast-text">
            <strong>{toast.title}</strong>
            {toast.body ? <p>{toast.body}</p> : null}
            {toast.details ? (
              <ul className="toast-details">
                {toast.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <button type="button" className="button-quiet button-small" onClick={() => onDismiss(toast.id)}>
            {t('error.dismiss')}
          </button>
        </div>
      ))}
      <div role="status" aria-live="polite" className="toast-status">
        {infos.map((toast) => (
          <div key={toast.id} className="toast toast-info">
            {toast.title}
          </div>
        ))}
      </div>
    </div>
  );
  return slot ? createPortal(region, slot) : region;
}
