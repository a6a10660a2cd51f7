import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Saves a cell's new value; resolves with a message for the user when it was not saved, else null. */
export type CommitCell<T> = (value: T) => Promise<string | null>;

/** What is typed but not yet saved, the message under the cell, and how to save or drop the draft. */
function useDraft<T>(value: T, onCommit: CommitCell<T>, keepRefused = true) {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = async (next: T) => {
    if (Object.is(next, value)) {
      setDraft(null);
      setProblem(null);
      return;
    }
    setDraft({ value: next });
    const message = await onCommit(next);
    setProblem(message);
    // Typed text stays so nothing is lost; a refused choice goes back to what is stored.
    if (message === null || !keepRefused) setDraft(null);
  };
  const cancel = () => {
    setDraft(null);
    setProblem(null);
  };
  return { shown: draft ? draft.value : value, dirty: draft !== null, problem, setDraft: (v: T) => setDraft({ value: v }), commit, cancel };
}

function Problem({ id, text }: { readonly id: string; readonly text: string | null }) {
  return text ? (
    <span id={id} className="cell-error" role="alert">
      {text}
    </span>
  ) : null;
}

/** Props of a text cell. */
export interface TextCellProps {
  readonly value: string;
  /** Accessible name, e.g. "Naam van Fatima". */
  readonly label: string;
  readonly onCommit: CommitCell<string>;
  readonly maxLength?: number;
  readonly inputMode?: 'numeric' | 'text';
  readonly width?: 'narrow' | 'wide';
}

/**
 * A table cell edited in place: saved on Enter or when focus leaves, Escape puts the stored value
 * back. A refused value stays in the cell with the reason under it, so nothing typed is lost.
 */
export function TextCell({ value, label, onCommit, maxLength = 200, inputMode = 'text', width }: TextCellProps) {
  const id = useId();
  const cell = useDraft(value, onCommit);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void cell.commit(e.currentTarget.value);
    } else if (e.key === 'Escape' && (cell.dirty || cell.problem)) {
      e.preventDefault();
      e.stopPropagation();
      cell.cancel();
    }
  };
  return (
    <>
      <input
        type="text"
        className={width ? `cell-input cell-${width}` : 'cell-input'}
        value={cell.shown}
        aria-label={label}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={cell.problem ? true : undefined}
        aria-describedby={cell.problem ? id : undefined}
        onChange={(e) => cell.setDraft(e.target.value)}
        onBlur={(e) => {
          if (cell.dirty) void cell.commit(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <Problem id={id} text={cell.problem} />
    </>
  );
}

/** Props of a choice cell. */
export interface SelectCellProps {
  readonly value: string;
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onCommit: CommitCell<string>;
}

/** A table cell with a list to choose from; saved as soon as the choice changes. */
export function SelectCell({ value, label, options, onCommit }: SelectCellProps) {
  const id = useId();
  const cell = useDraft(value, onCommit, false);
  const known = options.some((o) => o.value === cell.shown) ? options : [...options, { value: cell.shown, label: cell.shown }];
  return (
    <>
      <select
        className="cell-input"
        value={cell.shown}
        aria-label={label}
        aria-invalid={cell.problem ? true : undefined}
        aria-describedby={cell.problem ? id : undefined}
        onChange={(e) => void cell.commit(e.target.value)}
      >
        {known.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Problem id={id} text={cell.problem} />
    </>
  );
}

/** Props of a yes/no cell. */
export interface CheckCellProps {
  readonly value: boolean;
  readonly label: string;
  readonly onCommit: CommitCell<boolean>;
}

/** A table cell with a checkbox; saved at once. */
export function CheckCell({ value, label, onCommit }: CheckCellProps) {
  const id = useId();
  const cell = useDraft(value, onCommit, false);
  return (
    <>
      <input
        type="checkbox"
        checked={cell.shown}
        aria-label={label}
        aria-describedby={cell.problem ? id : undefined}
        onChange={(e) => void cell.commit(e.target.checked)}
      />
      <Problem id={id} text={cell.problem} />
    </>
  );
}

/** The "Toon op kaart" button of a table row: selects the row's actor or relation on the map. */
export function ShowOnMapCell({ name, onShow }: { readonly name: string; readonly onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <td className="col-actions">
      <button type="button" className="button-quiet button-small" aria-label={t('table.showOnMapOf', { name })} onClick={onShow}>
        {t('table.showOnMap')}
      </button>
    </td>
  );
}
