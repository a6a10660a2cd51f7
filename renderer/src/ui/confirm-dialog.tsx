import { useModal } from './use-modal';
import { useId, useRef } from 'react';

/** Props of a confirmation dialog. */
export interface ConfirmDialogProps {
  readonly title: string;
  readonly body: string;
  /** Optional list shown under the body (what the action will touch). */
  readonly items?: readonly string[] | undefined;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A modal confirmation (native `<dialog>` opened with showModal: focus is trapped, the page behind
 * is inert, Escape cancels). Focus starts on the safe choice. Rendered only while open.
 */
export function ConfirmDialog({ title, body, items, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const ref = useModal(cancelRef);
  const titleId = useId();
  const bodyId = useId();


  return (
    <dialog
      ref={ref}
      className="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>
        <p>{body}</p>
        {items && items.length > 0 ? (
          <ul className="dialog-list">
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="form-actions dialog-actions">
        <button ref={cancelRef} type="button" className="button-quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
